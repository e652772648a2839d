package aura.adapters.in.web;

import aura.domain.mesh.BackendSettings;
import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.FillableDisk;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Services;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Draining through a real mesh: three nodes sharing the real Postgres and Redis, sampling every 200 ms; "full"
 * and "spare" serve the same model, "front" (no backend) routes the person's questions. When full's disk fills,
 * its failure risk fires the draining alert, its heartbeat says so, and front routes around it saying why
 * ({@code full: drained: failure_risk}); once the alert resolves, front takes it back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrainedMeshTest {
    private static final String MODEL = "twin:1b";
    @TempDir
    static Path dataDir;
    private final List<InProcessNode> nodes = new ArrayList<>();
    private final List<StandInBackend> backends = new ArrayList<>();
    private String front;
    private String token;

    @BeforeAll
    void start() throws Exception {
        FillableDisk.level = 0.5;
        System.setProperty("aura.monitor.sample-every", "200ms");
        System.setProperty("aura.routing.calibration.enabled", "false");
        backends.add(StandInBackend.start(StandInBackend.Protocol.OLLAMA, MODEL).tokensPerSecond(1000));
        backends.add(StandInBackend.start(StandInBackend.Protocol.OLLAMA, MODEL).tokensPerSecond(1000));
        int[] ports = {Services.freePort(), Services.freePort(), Services.freePort()};
        var inventory = InProcessNode.freshMesh("drain", List.of(
                new InventoryNode("front", Role.LAPTOP, "127.0.0.1", ports[0], Optional.empty(), List.of()),
                new InventoryNode("full", Role.COMPUTE, "127.0.0.1", ports[1], Optional.empty(), List.of(),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OLLAMA, backends.get(0).url(), Optional.empty()))),
                new InventoryNode("spare", Role.COMPUTE, "127.0.0.1", ports[2], Optional.empty(), List.of(),
                        Optional.of(new BackendSettings(BackendSettings.Kind.OLLAMA, backends.get(1).url(), Optional.empty())))));
        var env = InProcessNode.meshServices("drain_mesh");
        try {
            nodes.add(InProcessNode.inMesh(dataDir.resolve("front"), "front", inventory, env));
            System.setProperty("aura.test.fillable-disk", "true");
            try {
                nodes.add(InProcessNode.inMesh(dataDir.resolve("full"), "full", inventory, env));
            } finally {
                System.clearProperty("aura.test.fillable-disk");
            }
            nodes.add(InProcessNode.inMesh(dataDir.resolve("spare"), "spare", inventory, env));
        } finally {
            System.clearProperty("aura.monitor.sample-every");
        }
        front = nodes.get(0).base();
        token = nodes.get(0).adminToken();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Http.get(front + "/api/chat/models", token).body().split("\"(full|spare)\"").length < 3) {
            if (System.nanoTime() > until) throw new AssertionError("the model is not served by both: " + Http.get(front + "/api/chat/models", token).body());
            Thread.sleep(200);
        }
    }

    @AfterAll
    void stop() {
        nodes.forEach(InProcessNode::close);
        backends.forEach(StandInBackend::close);
        System.clearProperty("aura.routing.calibration.enabled");
        FillableDisk.level = 0.5;
    }

    private JsonNode route(String conversation, int i) {
        var events = Sse.post(front + "/api/chat/conversations/" + conversation + "/messages", "{\"content\":\"q" + i + "\"}", token);
        return Sse.first(events, "route").data().get("route");
    }

    @Test
    void aNodeWhoseDrainingAlertFiresIsRoutedAroundByItsPeerUntilItResolves() throws Exception {
        var created = Http.post(front + "/api/chat/conversations", "{\"title\":\"t\",\"persona\":\"assistant\",\"model\":\"" + MODEL + "\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String conversation = Http.parse(created.body()).get("id").getStringValue();
        assertThat(Http.text(route(conversation, 0).get("excluded"))).doesNotContain("drained");

        FillableDisk.level = 1.0;
        JsonNode drained = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int i = 1; drained == null && System.nanoTime() < until; i++) {
            var route = route(conversation, i);
            if (Http.text(route.get("excluded")).contains("full: drained: failure_risk")) drained = route;
            else Thread.sleep(300);
        }
        assertThat(drained).as("a route that leaves full out, drained by its failure risk").isNotNull();
        assertThat(drained.get("chosen").getStringValue()).isEqualTo("spare");

        // the disk is freed: the risk falls, the alert keeps firing for its keep_firing_for (1 min), then resolves
        FillableDisk.level = 0.5;
        JsonNode back = null;
        until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (int i = 100; back == null && System.nanoTime() < until; i++) {
            var route = route(conversation, i);
            if (!Http.text(route.get("excluded")).contains("full")) back = route;
            else Thread.sleep(1000);
        }
        assertThat(back).as("a route with full among the candidates again").isNotNull();
        assertThat(back.get("chosen").getStringValue()).isIn("full", "spare");
    }
}
