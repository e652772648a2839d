package aura.adapters.in.web;

import aura.application.policy.Gatekeeper;
import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.InProcessNode;
import aura.testing.Services;
import aura.testing.StandInBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the gatekeeper adds to a request: {@link Gatekeeper#check} timed in a running node (rules read from the
 * database, the default rules' patterns over a 1 KB question), on a solo node (H2, in-process directory) and a
 * mesh node (Postgres, Redis), for a question no rule matches and for one with a card number, which an
 * {@code external} rule keeps inside the mesh (the live nodes are then read from the directory, to find one inside
 * that serves the model). Not a test: run it by name ({@code mvn -q -o test -Dtest=GatekeeperLatencyBench});
 * docs/BENCHMARKS.md has the figures.
 */
class GatekeeperLatencyBench {
    static final int WARM = 2000;
    static final int TIMED = 5000;
    static final String QUESTION = ("Please compare the two offers we received for the kitchen renovation, list the "
            + "risks of each and say which one you would pick and why; the first is 12 400 euros with a three week "
            + "delay, the second 13 100 euros starting next Monday. ").repeat(4);
    static final String WITH_CARD = QUESTION + "Pay the deposit with my card 4111 1111 1111 1111.";

    @TempDir
    Path dataDir;

    @Test
    void soloAndMesh() throws Exception {
        System.setProperty("aura.routing.calibration.enabled", "false");
        try (var model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b")) {
            try (var solo = InProcessNode.solo(dataDir.resolve("solo"), "solo",
                    Map.of("AURA_BACKEND", model.spec()))) {
                report("solo (H2, in-process directory)", solo);
            }
            int port = Services.freePort();
            var inventory = InProcessNode.freshMesh("gate", List.of(
                    new InventoryNode("gate", Role.LEAD, "127.0.0.1", port, Optional.empty(), List.of())));
            Map<String, String> env = new HashMap<>(InProcessNode.meshServices("gatebench"));
            env.put("AURA_BACKEND", model.spec());
            try (var mesh = InProcessNode.inMesh(dataDir.resolve("mesh"), "gate", inventory, env)) {
                report("mesh (Postgres, Redis directory)", mesh);
            }
        } finally {
            System.clearProperty("aura.routing.calibration.enabled");
        }
    }

    private static void report(String where, InProcessNode node) throws InterruptedException {
        node.adminToken();
        Thread.sleep(3000); // the first heartbeat, with the model
        Gatekeeper gate = node.context().getBean(Gatekeeper.class);
        if (gate.check("bench", "llama3:8b", WITH_CARD).isEmpty()) throw new AssertionError("the card rule did not match");
        time(where + ", no rule matches", gate, QUESTION);
        time(where + ", kept inside the mesh", gate, WITH_CARD);
    }

    private static void time(String what, Gatekeeper gate, String question) {
        for (int i = 0; i < WARM; i++) gate.check("bench", "llama3:8b", question);
        long[] nanos = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long t = System.nanoTime();
            gate.check("bench", "llama3:8b", question);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "gatekeeper %s: %d checks, median %.1f us, p90 %.1f us, p99 %.1f us%n", what,
                TIMED, nanos[TIMED / 2] / 1e3, nanos[TIMED * 9 / 10] / 1e3, nanos[TIMED * 99 / 100] / 1e3);
    }
}
