package aura.adapters.in.web;

import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.StandInBackend;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kind lora on a GPU node: the node's trainer command (a stand-in with the real contract) trains an adapter from a
 * dataset of prompt-completion pairs, the node is closed mid-job, and the node started again resumes the trainer
 * from its last checkpoint; the adapter is then created in the node's Ollama (a stand-in that records the call)
 * through {@code /api/blobs} and {@code /api/create}, as a model chats can name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoraTrainingTest {
    @TempDir
    static Path dir;
    private StandInBackend ollama;
    private InProcessNode node;
    private Path steps;

    @BeforeAll
    void start() throws Exception {
        steps = dir.resolve("steps.log");
        Path trainer = Path.of("src/test/resources/training/StandInTrainer.java").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        System.setProperty("aura.training.lora.command", java + " " + trainer + " {data} {output} {checkpoints} "
                + "{resume} {epochs} " + steps + " 40");
        System.setProperty("aura.training.lease", "2s");
        System.setProperty("aura.training.poll-every", "200ms");
        System.setProperty("aura.training.deploy-every", "300ms");
        ollama = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3.2:1b");
        node = InProcessNode.solo(dir.resolve("data"), "gpu", Map.of("AURA_BACKEND", ollama.spec()));
        // a job's base model must be one the mesh serves: wait until the node has published it
        var directory = node.context().getBean(aura.application.mesh.port.NodeDirectory.class);
        for (int i = 0; i < 200 && directory.live().stream().noneMatch(h -> h.models().stream()
                .anyMatch(m -> m.name().equals("llama3.2:1b"))); i++) {
            Thread.sleep(50);
        }
    }

    @AfterAll
    void stop() {
        if (node != null) node.close();
        ollama.close();
        for (String p : List.of("aura.training.lora.command", "aura.training.lease", "aura.training.poll-every",
                "aura.training.deploy-every")) {
            System.clearProperty(p);
        }
    }

    @Test
    void aNodeWithATrainerCommandAdvertisesLora() {
        assertThat(Http.text(Http.json(node.base() + "/api/node", node.adminToken()).get("capabilities")))
                .contains("\"training\"", "\"lora\"");
    }

    @Test
    void anAdapterTrainedAcrossARestartResumesFromItsCheckpointAndIsCreatedInOllama() throws Exception {
        String token = node.adminToken();
        var upload = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(node.base() + "/api/training/datasets?name=pairs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TrainingApiTest.pairLines(20))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String dataset = Http.parse(upload.body()).get("id").getStringValue();
        var started = Http.post(node.base() + "/api/training/start", "{\"model_name\":\"adder\",\"kind\":\"lora\","
                + "\"base_model\":\"llama3.2:1b\",\"training_data\":\"dataset:" + dataset + "\",\"epochs\":4,"
                + "\"learning_rate\":0.0002}", token);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String job = Http.parse(started.body()).get("job_id").getStringValue();

        long until = System.nanoTime() + 60_000_000_000L;
        while (Http.json(node.base() + "/api/training/status/" + job, token).get("checkpoints").getIntValue() < 2) {
            assertThat(System.nanoTime()).as("two checkpoints in a minute").isLessThan(until);
            Thread.sleep(50);
        }
        JsonNode before = Http.json(node.base() + "/api/training/status/" + job, token);
        assertThat(before.get("progress").getDoubleValue()).isBetween(0.0, 1.0);
        assertThat(before.get("loss").isNull()).isFalse();
        node.close();
        node = null;
        List<String> firstRun = Files.readAllLines(steps);
        node = InProcessNode.solo(dir.resolve("data"), "gpu", Map.of("AURA_BACKEND", ollama.spec()));
        token = node.adminToken();

        JsonNode done = TrainingApiTest.awaitStatus(node, token, job, "completed", 120);
        assertThat(done.get("attempt").getIntValue()).isEqualTo(2);
        List<String> all = Files.readAllLines(steps);
        List<String> secondRun = all.subList(firstRun.size(), all.size());
        long resumedFrom = Long.parseLong(secondRun.get(0).substring("start ".length()));
        assertThat(resumedFrom).as("resumed from a checkpoint, not from the start").isPositive();
        assertThat(resumedFrom % 5).isZero();
        assertThat(firstRun).contains("step " + resumedFrom);
        assertThat(secondRun.get(1)).isEqualTo("step " + (resumedFrom + 1));
        int perEpoch = (int) TrainingApiTest.trainSplit(20);
        assertThat(secondRun.get(secondRun.size() - 1)).isEqualTo("step " + 4 * perEpoch);
        assertThat(done.get("val_loss").isNull()).isFalse();

        until = System.nanoTime() + 30_000_000_000L;
        while (ollama.creates.isEmpty()) {
            assertThat(System.nanoTime()).as("the adapter created in Ollama").isLessThan(until);
            Thread.sleep(50);
        }
        JsonNode create = ollama.creates.get(0);
        assertThat(create.get("model").getStringValue()).isEqualTo("adder:1");
        assertThat(create.get("from").getStringValue()).isEqualTo("llama3.2:1b");
        JsonNode adapters = create.get("adapters");
        assertThat(adapters.get("adapter_model.safetensors").getStringValue()).startsWith("sha256:");
        assertThat(ollama.blobs).containsKeys(adapters.get("adapter_model.safetensors").getStringValue(),
                adapters.get("adapter_config.json").getStringValue());
        String models = Http.text(Http.json(node.base() + "/api/training/models", token));
        assertThat(models).contains("\"model\":\"adder:1\"").contains("\"kind\":\"lora\"");
        Thread.sleep(1000);
        assertThat(ollama.creates).as("deployed once").hasSize(1);
    }
}
