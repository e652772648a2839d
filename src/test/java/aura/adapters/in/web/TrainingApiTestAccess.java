package aura.adapters.in.web;

import aura.testing.Http;

/** What other packages' tests borrow from the training API tests: the sample data, an upload, a wait (any node's base URL). */
public final class TrainingApiTestAccess {
    private TrainingApiTestAccess() {
    }

    public static String sineCsv(int rows) {
        return TrainingApiTest.sineCsv(rows);
    }

    /** Uploads a CSV dataset; its id. */
    public static String upload(String base, String token, String csv) throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/api/training/datasets?name=uploaded"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) throw new AssertionError(answer.body());
        return Http.parse(answer.body()).get("id").getStringValue();
    }

    public static io.micronaut.json.tree.JsonNode awaitStatus(String base, String token, String job,
                                                              String status, int seconds) {
        return TrainingApiTest.awaitStatus(base, token, job, status, seconds);
    }
}
