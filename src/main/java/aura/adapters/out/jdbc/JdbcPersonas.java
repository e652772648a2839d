package aura.adapters.out.jdbc;

import aura.application.chat.port.Personas;
import aura.domain.chat.Persona;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Personas in the shared database; the defaults are seeded the first time they are read. */
@Singleton
@DatabaseOutages
public class JdbcPersonas implements Personas {
    private final PersonaRows rows;
    private volatile boolean seeded;

    public JdbcPersonas(PersonaRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Persona> all() {
        seed();
        return rows.listOrderByName().stream().map(JdbcPersonas::toDomain).toList();
    }

    @Override
    public Optional<Persona> find(String name) {
        seed();
        return rows.findById(name).map(JdbcPersonas::toDomain);
    }

    @Override
    public void save(Persona p) {
        var row = new PersonaRow(p.name(), p.description(), p.systemPrompt(), p.builtIn(), p.model().orElse(null));
        if (rows.existsById(p.name())) rows.update(row);
        else rows.save(row);
    }

    private void seed() {
        if (seeded) return;
        for (Persona p : Persona.defaults()) {
            if (!rows.existsById(p.name())) {
                try {
                    save(p);
                } catch (RuntimeException anotherNodeSeededItFirst) {
                    // the row exists now, which is all that matters
                }
            }
        }
        seeded = true;
    }

    private static Persona toDomain(PersonaRow r) {
        return new Persona(r.name(), r.description(), r.systemPrompt(), r.builtIn(), Optional.ofNullable(r.model()));
    }
}
