package aura.application.chat;

import aura.application.chat.port.Personas;
import aura.domain.chat.Persona;
import jakarta.inject.Singleton;

import java.util.List;

/** The personas everyone can pick from. */
@Singleton
public record ListPersonas(Personas personas) {
    public List<Persona> list() {
        return personas.all();
    }
}
