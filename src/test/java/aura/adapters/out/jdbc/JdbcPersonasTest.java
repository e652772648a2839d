package aura.adapters.out.jdbc;

import aura.application.chat.port.Personas;
import aura.domain.chat.Persona;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    void anUnknownPersonaIsEmpty() {
        assertThat(personas().find("nobody-here")).isEmpty();
    }

    @Test
    void nodesSeedingAtOnceAllSeeTheDefaultsOnce() throws Exception {
        sql("DELETE FROM persona");
        var pool = Executors.newFixedThreadPool(4);
        var go = new CountDownLatch(1);
        List<Future<List<Persona>>> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var node = new JdbcPersonas(bean(PersonaRows.class));
            seen.add(pool.submit((Callable<List<Persona>>) () -> {
                go.await();
                return node.all();
            }));
        }
        go.countDown();
        for (var f : seen) assertThat(f.get()).extracting(Persona::name).containsExactlyElementsOf(defaultNames().stream().sorted().toList());
        pool.shutdown();
    }
}
