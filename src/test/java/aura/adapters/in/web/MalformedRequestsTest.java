package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzzer's view of the node: malformed bodies (invalid JSON, wrong types, nulls, huge and NUL-bearing strings,
 * deep nesting, trailing garbage) and malformed or foreign ids, sent to every endpoint. None may answer 5xx,
 * every refusal is a JSON body that says what is wrong, and nothing stored changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestsTest {
    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private String base;
    private String admin;
    private String othersConversation;
    private String othersKey;
    private String ownConversation;

    /** An endpoint, its path with {@code {id}} where an id goes, and the fields of its body with their kinds. */
    record Endpoint(String method, String path, Map<String, Kind> fields) {
    }

    /** TEXT: free text; NAME: a short text with a stored length limit (a title, a name, a model). */
    enum Kind { TEXT, NAME, FLAG, WHOLE, LIST, ANY }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/auth/bootstrap", Map.of("username", Kind.NAME, "password", Kind.TEXT)),
            new Endpoint("POST", "/api/auth/login", Map.of("username", Kind.NAME, "password", Kind.TEXT, "totp", Kind.NAME)),
            new Endpoint("POST", "/api/auth/refresh", Map.of("refreshToken", Kind.TEXT)),
            new Endpoint("DELETE", "/api/auth/sessions/{id}", Map.of()),
            new Endpoint("POST", "/api/auth/api-keys", Map.of("name", Kind.NAME)),
            new Endpoint("DELETE", "/api/auth/api-keys/{id}", Map.of()),
            new Endpoint("POST", "/api/auth/totp/confirm", Map.of("code", Kind.NAME)),
            new Endpoint("POST", "/api/auth/totp/disable", Map.of("code", Kind.NAME)),
            new Endpoint("POST", "/api/admin/users", Map.of("username", Kind.NAME, "password", Kind.TEXT, "admin", Kind.FLAG)),
            new Endpoint("POST", "/api/admin/users/{id}/disabled", Map.of("disabled", Kind.FLAG)),
            new Endpoint("POST", "/api/admin/users/{id}/password", Map.of("password", Kind.TEXT)),
            new Endpoint("POST", "/api/chat/conversations", Map.of("title", Kind.NAME, "persona", Kind.NAME, "model", Kind.NAME)),
            new Endpoint("GET", "/api/chat/conversations/{id}", Map.of()),
            new Endpoint("PATCH", "/api/chat/conversations/{id}", Map.of("title", Kind.NAME)),
            new Endpoint("DELETE", "/api/chat/conversations/{id}", Map.of()),
            new Endpoint("POST", "/api/chat/conversations/{id}/messages",
                    Map.of("content", Kind.TEXT, "model", Kind.NAME, "maxTokens", Kind.WHOLE)),
            new Endpoint("PUT", "/api/chat/personas/{id}", Map.of("description", Kind.NAME, "systemPrompt", Kind.TEXT)),
            new Endpoint("POST", "/api/tda/persistence", Map.of("points", Kind.LIST, "dim", Kind.WHOLE, "threshold", Kind.ANY)),
            new Endpoint("PUT", "/api/policy/gatekeeper/rules/{id}",
                    Map.of("pattern", Kind.TEXT, "scope", Kind.NAME, "reason", Kind.TEXT, "enabled", Kind.FLAG)),
            new Endpoint("DELETE", "/api/policy/gatekeeper/rules/{id}", Map.of()),
            new Endpoint("PUT", "/api/policy/settings", Map.of("tier", Kind.NAME, "model", Kind.NAME, "prices", Kind.TEXT)),
            new Endpoint("POST", "/api/tda/distance", Map.of("a", Kind.LIST, "b", Kind.LIST, "p", Kind.ANY, "bottleneck", Kind.FLAG)),
            new Endpoint("POST", "/api/lnn/predict", Map.of("model", Kind.NAME, "window", Kind.LIST, "horizons", Kind.LIST)),
            new Endpoint("POST", "/v1/chat/completions",
                    Map.of("model", Kind.NAME, "messages", Kind.LIST, "stream", Kind.FLAG, "max_tokens", Kind.WHOLE)),
            new Endpoint("POST", "/ollama/api/chat", Map.of("model", Kind.NAME, "messages", Kind.LIST, "stream", Kind.FLAG)),
            new Endpoint("POST", "/internal/generate", Map.of("model", Kind.NAME, "messages", Kind.LIST, "maxTokens", Kind.WHOLE)));

    private static final List<String> QUERIES = List.of(
            "/api/admin/audit?limit=abc", "/api/admin/audit?limit=-5", "/api/admin/audit?before=yesterday",
            "/api/routing/decisions?limit=abc", "/api/routing/decisions?limit=0", "/api/chat/conversations/%00",
            "/api/chat/conversations/" + "x".repeat(300));

    private static final String EMPTY_DIGEST = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @BeforeAll
    void start() {
        node = InProcessNode.solo(dataDir, "fuzz-box");
        base = node.base();
        admin = node.adminToken();
        ownConversation = created(Http.post(base + "/api/chat/conversations", "{\"title\":\"mine\"}", admin));
        assertThat(Http.post(base + "/api/admin/users", "{\"username\":\"other\",\"password\":\"" + Accounts.PASSWORD
                + "\",\"admin\":false}", admin).statusCode()).isEqualTo(201);
        String other = Accounts.login(base, "other", Accounts.PASSWORD).get("accessToken").getStringValue();
        othersConversation = created(Http.post(base + "/api/chat/conversations", "{\"title\":\"theirs\"}", other));
        othersKey = created(Http.post(base + "/api/auth/api-keys", "{\"name\":\"theirs\"}", other));
    }

    @AfterAll
    void stop() {
        if (node != null) node.close();
    }

    private static String created(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.parse(response.body()).get("id").getStringValue();
    }

    @Test
    void noMalformedRequestAnswers5xxOrChangesStoredData() throws Exception {
        String before = storedData();
        assertThat(before).isNotEqualTo(EMPTY_DIGEST);
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String id : ids(endpoint)) {
                String url = base + endpoint.path().replace("{id}", id);
                for (String body : bodies(endpoint)) {
                    check(endpoint.method(), url, body, failures);
                }
            }
        }
        for (String query : QUERIES) check("GET", base + query, null, failures);
        assertThat(failures).isEmpty();
        assertThat(storedData()).as("stored data after the malformed requests").isEqualTo(before);
    }

    @Test
    void aBodyInAnotherMediaTypeIsRefusedInTheSameShape() {
        var response = Http.send("POST", base + "/api/chat/conversations", "<title>x</title>",
                Map.of("Authorization", "Bearer " + admin, "Content-Type", "application/xml"));
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(Http.parse(response.body()).get("error").isString()).isTrue();
        assertThat(response.body()).doesNotContain("_links").doesNotContain("_embedded");
    }

    @Test
    void anAnonymousCallerIsRefusedInTheSameShape() {
        var response = Http.get(base + "/api/chat/conversations");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.parse(response.body()).get("error").isString()).isTrue();
    }

    @Test
    void aWrongTypeIsRefusedNamingTheField() {
        var response = Http.post(base + "/api/admin/users/other/disabled", "{\"disabled\":\"yes\"}", admin);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.parse(response.body()).get("field").getStringValue()).isEqualTo("disabled");
        var missing = Http.post(base + "/api/admin/users/other/disabled", "{}", admin);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Http.parse(missing.body()).get("field").getStringValue()).isEqualTo("disabled");
    }

    @Test
    void theOllamaDoorNamesTheFieldOfAWrongType() {
        var response = Http.post(base + "/ollama/api/chat", "{\"model\":5,\"messages\":[]}", admin);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.parse(response.body()).get("field").getStringValue()).isEqualTo("model");
    }

    @Test
    void openAiClientsGetOpenAisErrorShape() {
        var response = Http.post(base + "/v1/chat/completions", "{\"model\":1,\"messages\":[]}", admin);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.parse(response.body()).get("error");
        assertThat(error.get("message").isString()).isTrue();
        assertThat(error.get("type").getStringValue()).isEqualTo("invalid_request_error");
    }

    private void check(String method, String url, String body, List<String> failures) {
        var response = Http.send(method, url, body, admin);
        int status = response.statusCode();
        String what = method + " " + url.substring(base.length(), Math.min(url.length(), base.length() + 80)) + " "
                + (body == null ? "" : body.substring(0, Math.min(body.length(), 60))) + " -> " + status;
        if (status < 400 || status >= 500) {
            failures.add(what + " " + response.body().substring(0, Math.min(200, response.body().length())));
            return;
        }
        try {
            JsonNode parsed = Http.parse(response.body());
            if (parsed.get("error") == null) failures.add(what + " without an error: " + response.body());
            if (response.body().contains("_embedded") || response.body().contains("SQL")) {
                failures.add(what + " leaks internals: " + response.body());
            }
        } catch (AssertionError e) {
            failures.add(what + " not JSON: " + response.body());
        }
    }

    private List<String> ids(Endpoint endpoint) {
        if (!endpoint.path().contains("{id}")) return List.of("");
        List<String> ids = new ArrayList<>(List.of("not-a-uuid", URLEncoder.encode("x\0y", StandardCharsets.UTF_8),
                "y".repeat(300), UUID.randomUUID().toString()));
        if (endpoint.path().contains("conversations")) ids.add(othersConversation);
        // The caller's own conversation takes every malformed body too; a GET or DELETE of it would be a valid request.
        if (endpoint.path().contains("conversations") && !List.of("GET", "DELETE").contains(endpoint.method())) {
            ids.add(ownConversation);
        }
        if (endpoint.path().contains("api-keys")) ids.add(othersKey);
        return ids;
    }

    private List<String> bodies(Endpoint endpoint) {
        List<String> bodies = new ArrayList<>(List.of("{", "{\"a\":", "null", "\"yes\"", "42", "[]", "{}garbage",
                "{\"" + "\0" + "\":1", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
        if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE")) return java.util.Collections.singletonList(null);
        for (var field : endpoint.fields().entrySet()) {
            for (String value : wrongValues(field.getValue())) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put(field.getKey(), value);
                bodies.add(object(fields));
            }
        }
        if (endpoint.fields().containsValue(Kind.FLAG) && endpoint.fields().size() == 1) bodies.add("{}");
        return bodies;
    }

    private static List<String> wrongValues(Kind kind) {
        String huge = "\"" + "w".repeat(1_100_000) + "\"";
        return switch (kind) {
            case TEXT -> List.of("12", "true", "{}", "[\"a\"]", "\"x\\u0000y\"", huge);
            case NAME -> List.of("12", "{}", "\"x\\u0000y\"", "\"" + "n".repeat(301) + "\"", huge);
            case FLAG -> List.of("\"yes\"", "1", "{}", "[]", "\"true\"");
            case WHOLE -> List.of("\"5\"", "1.5", "true", "{}", "1e400");
            case LIST -> List.of("\"x\"", "5", "{}", "[null]", "[\"\\u0000\"]", "[[\"a\"]]");
            case ANY -> List.of("\"x\\u0000\"", "{}", "[]");
        };
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    /**
     * A digest of every stored row but the audit log's (a refused login is audited, and should be) and the
     * monitor's history and alert changes (the node samples itself every few seconds and its alerts follow the
     * machine's load, whatever the requests).
     */
    private String storedData() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        String url = "jdbc:h2:file:" + dataDir.resolve("aura").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = c.getMetaData().getTables(null, "public", "%", new String[]{"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) names.add(tables.getString("TABLE_NAME"));
            names.sort(null);
            for (String table : names) {
                String lower = table.toLowerCase(java.util.Locale.ROOT);
                if (lower.contains("audit") || lower.contains("flyway") || lower.contains("routing")
                        || lower.startsWith("metric_") || lower.startsWith("monitor_")) continue;
                digest.update(table.getBytes(StandardCharsets.UTF_8));
                try (var s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
                    List<String> lines = new ArrayList<>();
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            String label = rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                            if (label.contains("last_used") || label.contains("last_seen")) continue;
                            line.append(rows.getString(i)).append('|');
                        }
                        lines.add(line.toString());
                    }
                    lines.sort(null);
                    lines.forEach(l -> digest.update(l.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
