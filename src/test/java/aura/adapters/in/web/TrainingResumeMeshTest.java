package aura.adapters.in.web;

import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Services;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two compute nodes on the real Postgres and Redis: the node running a job is closed mid-training, its lease runs
 * out, and the other node claims the job (attempt 2) and finishes it from the last checkpoint, losing nothing
 * that was checkpointed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingResumeMeshTest {
    private static final int EVERY = 5;
    @TempDir
    static Path dataDir;
    private InProcessNode first;
    private InProcessNode second;

    @BeforeAll
    void start() {
        System.setProperty("aura.training.lease", "2s");
        System.setProperty("aura.training.checkpoint-every", String.valueOf(EVERY));
        System.setProperty("aura.training.poll-every", "200ms");
        var env = InProcessNode.meshServices("training_resume");
        var inventory = InProcessNode.freshMesh("training", List.of(
                new InventoryNode("gpu-a", Role.COMPUTE, "127.0.0.1", Services.freePort(), Optional.empty(), List.of()),
                new InventoryNode("gpu-b", Role.COMPUTE, "127.0.0.1", Services.freePort(), Optional.empty(), List.of())));
        first = InProcessNode.inMesh(dataDir.resolve("a"), "gpu-a", inventory, env);
        second = InProcessNode.inMesh(dataDir.resolve("b"), "gpu-b", inventory, env);
    }

    @AfterAll
    void stop() {
        if (first != null) first.close();
        if (second != null) second.close();
        System.clearProperty("aura.training.lease");
        System.clearProperty("aura.training.checkpoint-every");
        System.clearProperty("aura.training.poll-every");
    }

    @Test
    void aJobWhoseNodeIsClosedMidTrainingIsFinishedByTheOtherNodeFromItsLastCheckpoint() throws Exception {
        String token = first.adminToken();
        var upload = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(first.base() + "/api/training/datasets?name=sine"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TrainingApiTest.sineCsv(120))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String dataset = Http.parse(upload.body()).get("id").getStringValue();
        // 120 rows: 96 train rows → 88 windows of 8, 3 batches of 32 an epoch; 20 epochs = 60 steps
        var started = Http.post(first.base() + "/api/training/start", "{\"model_name\":\"resumed\",\"base_model\":"
                + "\"cfc\",\"training_data\":\"dataset:" + dataset + "\",\"epochs\":20,\"learning_rate\":0.01,"
                + "\"seed\":3,\"units\":6,\"window\":8,\"columns\":[\"cpu\"]}", token);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String job = Http.parse(started.body()).get("job_id").getStringValue();

        JsonNode running = awaitCheckpoints(token, job, 2);
        String runner = running.get("node").getStringValue();
        InProcessNode dying = runner.equals("gpu-a") ? first : second;
        InProcessNode survivor = dying == first ? second : first;
        dying.close();
        if (dying == first) first = null;
        else second = null;

        JsonNode done = TrainingApiTest.awaitStatus(survivor, token, job, "completed", 120);
        assertThat(done.get("attempt").getIntValue()).isEqualTo(2);
        assertThat(done.get("node").getStringValue()).isEqualTo(survivor == first ? "gpu-a" : "gpu-b");
        // resumed where the last checkpoint left it: every checkpoint interval was written exactly once
        assertThat(done.get("checkpoints").getIntValue()).isEqualTo(60 / EVERY);
        assertThat(Http.text(Http.json(survivor.base() + "/api/training/models", token)))
                .contains("\"model\":\"resumed:1\"");
    }

    private JsonNode awaitCheckpoints(String token, String job, int at) throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            JsonNode now = Http.json(first.base() + "/api/training/status/" + job, token);
            assertThat(now.get("status").getStringValue()).isIn("queued", "training");
            if (now.get("checkpoints").getIntValue() >= at) return now;
            Thread.sleep(50);
        }
        throw new AssertionError("no " + at + " checkpoints of " + job);
    }
}
