package aura.adapters.in.web;

import aura.testing.Http;
import aura.testing.InProcessNode;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/training} on a solo node, which is its own executor: datasets in, strict refusals naming the row and
 * column, a job trained to its end with its progress, the model version it produced, and that model predicting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingApiTest {
    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private String token;

    @BeforeAll
    void start() {
        System.setProperty("aura.training.poll-every", "200ms");
        System.setProperty("aura.training.max-dataset-size", "20MB");
        node = InProcessNode.solo(dataDir, "trainer");
        token = node.adminToken();
    }

    @AfterAll
    void stop() {
        node.close();
        System.clearProperty("aura.training.poll-every");
        System.clearProperty("aura.training.max-dataset-size");
    }

    static String sineCsv(int rows) {
        StringBuilder csv = new StringBuilder("cpu,memory,host\n");
        for (int t = 0; t < rows; t++) {
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,box%n", 0.5 + 0.3 * Math.sin(t / 3.0),
                    0.6 + 0.1 * Math.cos(t / 5.0)));
        }
        return csv.toString();
    }

    private HttpResponse<String> uploadBody(String name, String type, String body) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.base()
                        + "/api/training/datasets?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the job's status until it is {@code status}; fails after {@code seconds}. */
    static JsonNode awaitStatus(InProcessNode node, String token, String job, String status, int seconds) {
        return awaitStatus(node.base(), token, job, status, seconds);
    }

    static JsonNode awaitStatus(String base, String token, String job, String status, int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode now = null;
        while (System.nanoTime() < until) {
            now = Http.json(base + "/api/training/status/" + job, token);
            if (now.get("status").getStringValue().equals(status)) return now;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("job " + job + " is not " + status + " after " + seconds + " s: " + Http.text(now));
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String field, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode json = Http.parse(answer.body());
        if (field != null) assertThat(json.get("field").getStringValue()).isEqualTo(field);
        assertThat(json.get("error").getStringValue()).contains(message);
    }

    private String datasetId(String csv) {
        var answer = uploadBody("metrics", "text/csv", csv);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Http.parse(answer.body()).get("id").getStringValue();
    }

    @Test
    void aCsvAndAJsonLinesDatasetAreStoredAndListed() {
        var csv = uploadBody("host metrics", "text/csv", "cpu,\"mem, used\"\n0.1,0.2\n0.3,0.4\n");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(201);
        JsonNode stored = Http.parse(csv.body());
        assertThat(stored.get("rows").getIntValue()).isEqualTo(2);
        assertThat(Http.text(stored.get("columns"))).isEqualTo("[\"cpu\",\"mem, used\"]");

        var lines = uploadBody("pairs", "application/x-ndjson", "{\"prompt\":\"hi\",\"completion\":\"hello\"}\n"
                + "{\"completion\":\"bye\",\"prompt\":\"ciao\"}\n");
        assertThat(lines.statusCode()).as(lines.body()).isEqualTo(201);
        assertThat(Http.parse(lines.body()).get("rows").getIntValue()).isEqualTo(2);

        String listed = Http.text(Http.json(node.base() + "/api/training/datasets", token));
        assertThat(listed).contains(stored.get("id").getStringValue()).contains("\"pairs\"");
    }

    private static String wideCsv(int megabytes) {
        String cell = "x".repeat(1023) + "\n";
        return "text\n" + cell.repeat(megabytes * 1024);
    }

    @Test
    void onlyTheDatasetUploadTakesALargeBody() {
        var large = uploadBody("wide", "text/csv", wideCsv(12));
        assertThat(large.statusCode()).as(large.body()).isEqualTo(201);
        assertRefused(uploadBody("wider", "text/csv", wideCsv(21)), 400, "body", "over 20 MB");
        int before = Http.json(node.base() + "/api/training/jobs", token).size();
        var huge = Http.post(node.base() + "/api/training/start", "{\"model_name\":\"" + "m".repeat(11 * 1024 * 1024)
                + "\"}", token);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(Http.json(node.base() + "/api/training/jobs", token).size()).isEqualTo(before);
    }

    @Test
    void aBadDatasetIsRefusedNamingItsRowAndColumnAndNothingIsStored() {
        int before = Http.json(node.base() + "/api/training/datasets", token).size();
        assertRefused(uploadBody("short", "text/csv", "a,b\n1,2\n3\n"), 400, "body", "row 2");
        assertRefused(uploadBody("quotes", "text/csv", "a,b\n1,\"2\n"), 400, "body", "not valid CSV");
        assertRefused(uploadBody("nested", "application/x-ndjson", "{\"a\":1}\n{\"a\":[1]}\n"), 400, "body",
                "row 2, column 'a'");
        assertRefused(uploadBody("missing", "application/x-ndjson", "{\"a\":1,\"b\":2}\n{\"a\":1}\n"), 400, "body",
                "row 2, column 'b': missing");
        assertRefused(uploadBody("../etc", "text/csv", "a\n1\n"), 400, "name", "dataset name");
        assertThat(uploadBody("xml", "application/xml", "<a/>").statusCode()).isEqualTo(415);
        assertThat(Http.json(node.base() + "/api/training/datasets", token).size()).isEqualTo(before);
    }

    @Test
    void aBadJobIsRefusedNamingTheFieldAndQueuesNothing() {
        String id = datasetId(sineCsv(60));
        int before = Http.json(node.base() + "/api/training/jobs", token).size();
        String good = "\"model_name\":\"m\",\"training_data\":\"dataset:" + id + "\",\"learning_rate\":0.01";
        assertRefused(Http.post(node.base() + "/api/training/start", "{" + good + ",\"base_model\":\"gpt\",\"epochs\":1}",
                token), 400, "base_model", "unknown base_model");
        assertRefused(Http.post(node.base() + "/api/training/start", "{" + good + ",\"base_model\":\"ltc\",\"epochs\":0}",
                token), 400, "epochs", "1..10000");
        assertRefused(Http.post(node.base() + "/api/training/start", "{\"model_name\":\"m\",\"base_model\":\"ltc\","
                + "\"epochs\":1,\"learning_rate\":0,\"training_data\":\"dataset:" + id + "\"}", token), 400,
                "learning_rate", "above 0");
        assertRefused(Http.post(node.base() + "/api/training/start", "{" + good.replace(id, "nope")
                + ",\"base_model\":\"ltc\",\"epochs\":1}", token), 400, "training_data", "no dataset nope");
        assertRefused(Http.post(node.base() + "/api/training/start", "{" + good
                + ",\"base_model\":\"ltc\",\"epochs\":1,\"columns\":[\"gpu\"]}", token), 400, "columns", "no column 'gpu'");
        assertRefused(Http.post(node.base() + "/api/training/start", "{" + good
                + ",\"base_model\":\"ltc\",\"epochs\":1,\"columns\":[\"host\"]}", token), 400, "columns",
                "row 1, column 'host'");
        assertRefused(Http.post(node.base() + "/api/training/start", "{" + good
                + ",\"base_model\":\"ltc\",\"epochs\":1,\"kind\":\"dpo\"}", token), 400, "kind", "unknown kind");
        assertRefused(Http.post(node.base() + "/api/training/start", "{" + good
                + ",\"base_model\":\"llama3\",\"epochs\":1,\"kind\":\"lora\"}", token), 400, "columns",
                "no column 'prompt'");
        assertRefused(Http.post(node.base() + "/api/training/start", "{" + good
                + ",\"base_model\":\"ltc\",\"epochs\":10001}", token), 400, "epochs", "1..10000");
        assertRefused(Http.post(node.base() + "/api/training/start", "{\"model_name\":\"m\",\"base_model\":\"ltc\","
                + "\"epochs\":1,\"learning_rate\":0.01,\"training_data\":\"metrics:no-such-node\"}", token), 400,
                "training_data", "no node 'no-such-node'");
        assertRefused(Http.post(node.base() + "/api/training/start", "{\"model_name\":\"m\",\"base_model\":\"llama3\","
                + "\"kind\":\"lora\",\"epochs\":1,\"learning_rate\":0.01,\"training_data\":\"conversations:nobody\"}",
                token), 400, "training_data", "no persona 'nobody'");
        String pairs = uploadBody("pairs", "application/x-ndjson", pairLines(30)).body();
        assertRefused(Http.post(node.base() + "/api/training/start", "{\"model_name\":\"m\",\"base_model\":\"llama3\","
                + "\"kind\":\"lora\",\"epochs\":1,\"learning_rate\":0.01,\"training_data\":\"dataset:"
                + Http.parse(pairs).get("id").getStringValue() + "\"}", token), 400, "base_model",
                "no node of the mesh serves it");
        assertThat(Http.json(node.base() + "/api/training/jobs", token).size()).isEqualTo(before);
        assertRefused(Http.get(node.base() + "/api/training/status/nope", token), 404, null, "no training job");
    }

    /** How many of {@link #pairLines}'s first {@code n} pairs fall in the training split. */
    static long trainSplit(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).filter(r -> new aura.domain.training.PromptPair("row " + r,
                "", "").split() == aura.domain.training.PromptPair.Split.TRAIN).count();
    }

    static String pairLines(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("{\"prompt\":\"What is ").append(i).append(" + 1?\",\"completion\":\"").append(i + 1)
                    .append("\"}\n");
        }
        return out.toString();
    }

    @Test
    void aPersonSeesOnlyTheirOwnDatasetsJobsAndModelsAndAnAdminSeesAll() {
        String id = datasetId(sineCsv(60));
        var started = Http.post(node.base() + "/api/training/start", "{\"model_name\":\"admins\",\"base_model\":"
                + "\"cfc\",\"training_data\":\"dataset:" + id + "\",\"epochs\":1,\"learning_rate\":0.01,"
                + "\"units\":4,\"window\":4,\"columns\":[\"cpu\"]}", token);
        String job = Http.parse(started.body()).get("job_id").getStringValue();
        String user = "trainee" + System.nanoTime() % 100000;
        assertThat(Http.post(node.base() + "/api/admin/users", "{\"username\":\"" + user + "\",\"password\":\""
                + aura.testing.Accounts.PASSWORD + "\",\"admin\":false}", token).statusCode()).isEqualTo(201);
        String other = aura.testing.Accounts.login(node.base(), user, aura.testing.Accounts.PASSWORD)
                .get("accessToken").getStringValue();

        assertThat(Http.text(Http.json(node.base() + "/api/training/datasets", other))).doesNotContain(id);
        assertThat(Http.text(Http.json(node.base() + "/api/training/jobs", other))).doesNotContain(job);
        assertThat(Http.json(node.base() + "/api/training/models", other).size()).isZero();
        assertRefused(Http.get(node.base() + "/api/training/status/" + job, other), 404, null, "no training job");
        assertRefused(Http.post(node.base() + "/api/training/" + job + "/cancel", "{}", other), 404, null,
                "no training job");
        assertRefused(Http.post(node.base() + "/api/training/start", "{\"model_name\":\"theirs\",\"base_model\":"
                + "\"cfc\",\"training_data\":\"dataset:" + id + "\",\"epochs\":1,\"learning_rate\":0.01}", other),
                400, "training_data", "no dataset " + id);

        assertThat(Http.text(Http.json(node.base() + "/api/training/jobs", token))).contains(job);
        assertThat(Http.text(Http.json(node.base() + "/api/training/datasets", token))).contains(id);
    }

    @Test
    void aJobTrainsToItsEndAndItsModelPredictsByName() {
        String id = datasetId(sineCsv(80));
        var started = Http.post(node.base() + "/api/training/start", "{\"model_name\":\"host-forecast\","
                + "\"base_model\":\"cfc\",\"training_data\":\"dataset:" + id + "\",\"epochs\":3,"
                + "\"learning_rate\":0.01,\"columns\":[\"cpu\",\"memory\"],\"seed\":7,\"units\":6,\"window\":8}", token);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String job = Http.parse(started.body()).get("job_id").getStringValue();

        awaitStatus(node, token, job, "completed", 90);

        JsonNode status = Http.json(node.base() + "/api/training/status/" + job, token);
        assertThat(status.get("progress").getDoubleValue()).isEqualTo(1.0);
        assertThat(status.get("current_epoch").getIntValue()).isEqualTo(3);
        assertThat(status.get("loss").getDoubleValue()).isPositive();
        assertThat(status.get("val_loss").getDoubleValue()).isPositive();
        assertThat(status.get("node").getStringValue()).isEqualTo("trainer");
        assertThat(status.get("attempt").getIntValue()).isEqualTo(1);
        JsonNode models = Http.json(node.base() + "/api/training/models", token);
        assertThat(Http.text(models)).contains("\"model\":\"host-forecast:1\"").contains("\"val_loss\"")
                .contains(job);
        assertThat(Http.text(Http.json(node.base() + "/api/node", token))).contains("\"training\"");

        StringBuilder window = new StringBuilder("[");
        for (int t = 0; t < 8; t++) window.append(t == 0 ? "" : ",").append("{\"cpu\":0.5,\"memory\":0.6}");
        var predicted = Http.post(node.base() + "/api/lnn/predict", "{\"model\":\"host-forecast\",\"window\":"
                + window + "]}", token);
        assertThat(predicted.statusCode()).as(predicted.body()).isEqualTo(200);
        assertThat(Http.post(node.base() + "/api/lnn/predict", "{\"model\":\"host-forecast:1\",\"window\":"
                + window + "]}", token).statusCode()).isEqualTo(200);
        assertThat(Http.post(node.base() + "/api/lnn/predict", "{\"model\":\"host-forecast:2\",\"window\":"
                + window + "]}", token).statusCode()).isEqualTo(404);
        assertRefused(Http.post(node.base() + "/api/training/" + job + "/cancel", "{}", token), 409, null,
                "already completed");
    }
}
