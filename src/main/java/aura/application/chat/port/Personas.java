package aura.application.chat.port;

import aura.domain.chat.Persona;

import java.util.List;
import java.util.Optional;

/** The mesh's personas (named system prompts). */
public interface Personas {
    List<Persona> all();

    Optional<Persona> find(String name);

    void save(Persona persona);
}
