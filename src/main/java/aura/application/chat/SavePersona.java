package aura.application.chat;

import aura.application.auth.Caller;
import aura.application.chat.port.Personas;
import aura.domain.chat.Persona;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

/** Adds or edits a persona: admins only. */
@Singleton
public record SavePersona(Personas personas) {
    public Persona save(Caller caller, String name, String description, String systemPrompt) {
        if (!caller.admin()) throw new NotAllowed("only admins can add or edit personas");
        var persona = new Persona(name, description, systemPrompt, false);
        personas.save(persona);
        return persona;
    }
}
