package aura.adapters.out.jdbc;

import aura.application.chat.port.Personas;
import aura.domain.chat.Persona;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Personas on the real Postgres: the defaults seeded on first read, listed by name. */
class JdbcPersonasTest extends OnPostgres {
    Personas personas() {
        return bean(Personas.class);
    }

    static List<String> defaultNames() {
        return Persona.defaults().stream().map(Persona::name).toList();
    }

    @Test
    void theDefaultsAreThereOnFirstReadAndEveryPersonaIsListedByName() {
        personas().save(new Persona("a-critic", "finds faults", "You find faults.", false));

        List<Persona> all = personas().all();

        assertThat(all).extracting(Persona::name).containsAll(defaultNames()).isSorted();
        assertThat(all).contains(Persona.defaults().toArray(Persona[]::new));
    }

    @Test
    void savingAPersonaAgainUpdatesIt() {
        personas().save(new Persona("poet", "rhymes", "You rhyme.", false));
        var changed = new Persona("poet", "writes verse", "You write free verse.", false);

        personas().save(changed);

        assertThat(personas().find("poet")).contains(changed);
        assertThat(personas().all()).filteredOn(p -> p.name().equals("poet")).containsExactly(changed);
    }

    @Test
    void aPersonaKeepsTheModelItNamesAndLosesItWhenSavedWithout() {
        var coach = new Persona("adder-coach", "adds", "You add.", false, java.util.Optional.of("adder:1"));
        personas().save(coach);
        assertThat(personas().find("adder-coach")).contains(coach);

        personas().save(new Persona("adder-coach", "adds", "You add.", false));
        assertThat(personas().find("adder-coach").orElseThrow().model()).isEmpty();
    }

    @Test
    void anUnknownPersonaIsEmpty() {
        assertThat(personas().find("nobody-here")).isEmpty();
    }

    @Test
    void nodesSeedingAtOnceAllSeeTheDefaultsOnce() throws Exception {
        sql("DELETE FROM persona");

        List<List<Persona>> seen = atOnce(4, () -> new JdbcPersonas(bean(PersonaRows.class)).all());

        List<String> sorted = defaultNames().stream().sorted().toList();
        for (var personas : seen) assertThat(personas).extracting(Persona::name).containsExactlyElementsOf(sorted);
    }
}
