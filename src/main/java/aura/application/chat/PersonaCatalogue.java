package aura.application.chat;

import aura.application.auth.Caller;
import aura.domain.chat.Persona;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.util.List;

/** The personas everyone can pick from; only admins add or edit them. */
@Singleton
public class PersonaCatalogue {
    private final Personas personas;

    public PersonaCatalogue(Personas personas) {
        this.personas = personas;
    }

    public List<Persona> list() {
        return personas.all();
    }

    public Persona save(Caller caller, String name, String description, String systemPrompt) {
        if (!caller.admin()) throw new NotAllowed("only admins can add or edit personas");
        var persona = new Persona(name, description, systemPrompt, false);
        personas.save(persona);
        return persona;
    }
}
