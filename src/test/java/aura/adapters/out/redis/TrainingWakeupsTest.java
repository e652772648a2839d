package aura.adapters.out.redis;

import aura.adapters.in.web.TrainingApiTestAccess;
import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job queued on the lead is claimed by the idle compute node at once, woken through Redis, not at its next look
 * at the queue (20 s away here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingWakeupsTest {
    @TempDir
    static Path dataDir;
    private InProcessNode lead;
    private InProcessNode compute;

    @BeforeAll
    void start() {
        System.setProperty("aura.training.poll-every", "20s");
        var env = InProcessNode.meshServices("training_wake");
        var inventory = InProcessNode.freshMesh("wake", List.of(
                new InventoryNode("lead", Role.LEAD, "127.0.0.1", Services.freePort(), Optional.empty(), List.of()),
                new InventoryNode("gpu-a", Role.COMPUTE, "127.0.0.1", Services.freePort(), Optional.empty(), List.of())));
        lead = InProcessNode.inMesh(dataDir.resolve("lead"), "lead", inventory, env);
        compute = InProcessNode.inMesh(dataDir.resolve("gpu"), "gpu-a", inventory, env);
    }

    @AfterAll
    void stop() {
        if (compute != null) compute.close();
        if (lead != null) lead.close();
        System.clearProperty("aura.training.poll-every");
    }

    @Test
    void anIdleExecutorClaimsAQueuedJobWellWithinItsPollInterval() throws Exception {
        String token = lead.adminToken();
        String dataset = TrainingApiTestAccess.upload(lead.base(), token, TrainingApiTestAccess.sineCsv(60));
        var wakeups = compute.context().getBean(RedisTrainingWakeups.class);
        long until = System.nanoTime() + 30_000_000_000L;
        while (!wakeups.subscribed()) {
            assertThat(System.nanoTime()).as("the executor listens").isLessThan(until);
            Thread.sleep(20);
        }
        Thread.sleep(300); // the executor's first look at the empty queue is over: it waits now
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long asked = System.nanoTime();
            var started = Http.post(lead.base() + "/api/training/start", "{\"model_name\":\"woken\",\"base_model\":"
                    + "\"cfc\",\"training_data\":\"dataset:" + dataset + "\",\"epochs\":1,\"learning_rate\":0.01,"
                    + "\"units\":4,\"window\":4,\"columns\":[\"cpu\"]}", token);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            String job = Http.parse(started.body()).get("job_id").getStringValue();
            while (Http.json(lead.base() + "/api/training/status/" + job, token).get("status").getStringValue()
                    .equals("queued")) {
                assertThat(System.nanoTime() - asked).as("claimed within 5 s").isLessThan(5_000_000_000L);
                Thread.sleep(10);
            }
            latencies.add((System.nanoTime() - asked) / 1_000_000);
            aura.adapters.in.web.TrainingApiTestAccess.awaitStatus(lead.base(), token, job, "completed", 60);
            Thread.sleep(500); // the executor is back to waiting
        }
        System.out.println("claim latency ms (submit to training, poll every 20 s): " + latencies);
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(2000));
    }
}
