package aura.application.chat;

import aura.application.auth.Caller;
import aura.application.chat.port.Personas;
import aura.domain.chat.Persona;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Adds or edits a persona: admins only. A model it names must be one some live node of the mesh serves now (a
 * trained LoRA model once it is deployed); null names none.
 */
@Singleton
public record SavePersona(Personas personas, ListMeshModels meshModels) {
    public Persona save(Caller caller, String name, String description, String systemPrompt, String model) {
        if (!caller.admin()) throw new NotAllowed("only admins can add or edit personas");
        var persona = new Persona(name, description, systemPrompt, false, Optional.ofNullable(model));
        persona.model().ifPresent(m -> {
            if (meshModels.list().stream().noneMatch(served -> served.answersTo(m))) {
                throw new InvalidInput("model", "unknown model '" + m + "': no node of the mesh serves it");
            }
        });
        personas.save(persona);
        return persona;
    }
}
