package aura.adapters.in.web;

import aura.testing.Http;
import aura.testing.InProcessNode;

/** What other packages' tests borrow from the training API tests: the sample data and an upload. */
public final class TrainingApiTestAccess {
    private TrainingApiTestAccess() {
    }

    public static String sineCsv(int rows) {
        return TrainingApiTest.sineCsv(rows);
    }

    /** Uploads a CSV dataset; its id. */
    public static String upload(InProcessNode node, String token, String csv) throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(node.base() + "/api/training/datasets?name=uploaded"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) throw new AssertionError(answer.body());
        return Http.parse(answer.body()).get("id").getStringValue();
    }

    public static io.micronaut.json.tree.JsonNode awaitStatus(InProcessNode node, String token, String job,
                                                              String status, int seconds) {
        return TrainingApiTest.awaitStatus(node, token, job, status, seconds);
    }
}
