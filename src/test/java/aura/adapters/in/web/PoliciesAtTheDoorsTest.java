package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gatekeeper and the rate limits over HTTP on a solo node whose backend is marked external: the same checks,
 * through the one admission, at the web chat, {@code /v1} and {@code /ollama}; each door answers a blocked
 * request in its own error shape, and an admin edits the rules and reads the audit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoliciesAtTheDoorsTest {
    static final String MODEL = "llama3:8b";
    static final String CARD = "charge my card 4111 1111 1111 1111";
    @TempDir
    static Path dataDir;
    private StandInBackend model;
    private InProcessNode node;
    private String base;
    private String admin;
    private final AtomicInteger people = new AtomicInteger();

    @BeforeAll
    void start() {
        System.setProperty("aura.routing.calibration.enabled", "false");
        System.setProperty("aura.policy.limits.user.requests-per-minute", "5");
        System.setProperty("aura.policy.limits.api-key.requests-per-minute", "2");
        model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, MODEL);
        node = InProcessNode.solo(dataDir, "solo", Map.of("AURA_BACKEND", model.spec(), "AURA_BACKEND_EXTERNAL", "true"));
        base = node.base();
        admin = node.adminToken();
    }

    @AfterAll
    void stop() {
        node.close();
        model.close();
        System.clearProperty("aura.routing.calibration.enabled");
        System.clearProperty("aura.policy.limits.user.requests-per-minute");
        System.clearProperty("aura.policy.limits.api-key.requests-per-minute");
    }

    /** A person of their own for each test, so their rate limits start full. */
    private String person() {
        String name = "person" + people.incrementAndGet();
        assertThat(Http.post(base + "/api/admin/users", Accounts.credentials(name, Accounts.PASSWORD), admin).statusCode()).isEqualTo(201);
        return Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
    }

    private String conversation(String token) {
        var created = Http.post(base + "/api/chat/conversations", "{\"title\":\"t\",\"model\":\"" + MODEL + "\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.parse(created.body()).get("id").getStringValue();
    }

    private java.util.List<Sse.Event> say(String token, String conversation, String text) {
        return Sse.post(base + "/api/chat/conversations/" + conversation + "/messages", "{\"content\":\"" + text + "\"}", token);
    }

    private HttpResponse<String> v1(String token, String text, boolean stream) {
        return Http.post(base + "/v1/chat/completions", "{\"model\":\"" + MODEL + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}", token);
    }

    private HttpResponse<String> ollama(String token, String text) {
        return Http.post(base + "/ollama/api/chat", "{\"model\":\"" + MODEL + "\",\"stream\":false,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}", token);
    }

    private String rules() {
        var answer = Http.get(base + "/api/policy/gatekeeper/rules", admin);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void aCardNumberBoundForAnExternalBackendIsRefusedAtEveryDoorInItsOwnShapeAndAudited() {
        String token = person();
        String conversation = conversation(token);
        int reached = model.requests.size();
        var chat = say(token, conversation, CARD);
        assertThat(chat).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("http-403");
            assertThat(e.data().get("error").getStringValue()).contains("gatekeeper blocked").contains("card-number")
                    .contains("which stays inside the mesh, and only backends outside the mesh serve " + MODEL);
        });
        var openai = v1(token, CARD, false);
        assertThat(openai.statusCode()).isEqualTo(403);
        assertThat(Http.parse(openai.body()).get("error").get("message").getStringValue()).contains("card-number");
        var streamed = v1(token, CARD, true);
        assertThat(streamed.statusCode()).as("refused before the stream starts").isEqualTo(403);
        var ol = ollama(token, CARD);
        assertThat(ol.statusCode()).isEqualTo(403);
        assertThat(Http.parse(ol.body()).get("error").getStringValue()).contains("card-number");
        assertThat(model.requests).as("nothing reached the model").hasSize(reached);

        var audit = Http.get(base + "/api/policy/gatekeeper/audit?limit=10", admin);
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("card-number").doesNotContain("4111");
        assertThat(Http.parse(audit.body()).size()).isGreaterThanOrEqualTo(4);
        assertThat(Http.get(base + "/api/policy/gatekeeper/audit", token).statusCode()).as("not for everyone").isEqualTo(403);
    }

    @Test
    void aRuleThatDoesNotCompileIsRefusedNamingThePatternAndChangesNothing() {
        String before = rules();
        var bad = Http.send("PUT", base + "/api/policy/gatekeeper/rules/card-number", "{\"pattern\":\"([0-9]\",\"scope\":\"any\"}", admin);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.parse(bad.body()).get("field").getStringValue()).isEqualTo("pattern");
        var scope = Http.send("PUT", base + "/api/policy/gatekeeper/rules/card-number", "{\"pattern\":\"x\",\"scope\":\"mars\"}", admin);
        assertThat(Http.parse(scope.body()).get("field").getStringValue()).isEqualTo("scope");
        assertThat(rules()).isEqualTo(before);
        var notAdmin = Http.send("PUT", base + "/api/policy/gatekeeper/rules/card-number", "{\"pattern\":\"([0-9]\"}", person());
        assertThat(notAdmin.statusCode()).as("a non-admin is refused whatever the input").isEqualTo(403);
        assertThat(before).contains("card-number").contains("phone-number");
    }

    @Test
    void anAdminsNewRuleBlocksAtOnceAndRemovingItLetsTheRequestThrough() {
        String token = person();
        var saved = Http.send("PUT", base + "/api/policy/gatekeeper/rules/codename",
                "{\"pattern\":\"project\\\\s+bluebird\",\"scope\":\"any\",\"reason\":\"Bluebird stays in the house\"}", admin);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var blocked = v1(token, "summarise Project  Bluebird", false);
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("Bluebird stays in the house");
        assertThat(Http.delete(base + "/api/policy/gatekeeper/rules/codename", admin).statusCode()).isEqualTo(204);
        assertThat(v1(token, "summarise Project  Bluebird", false).statusCode()).isEqualTo(200);
        assertThat(Http.delete(base + "/api/policy/gatekeeper/rules/codename", admin).statusCode()).isEqualTo(404);
    }

    @Test
    void aPersonPastTheirRequestsPerMinuteGets429WithRetryAfterAtEveryDoor() {
        String token = person();
        String conversation = conversation(token);
        assertThat(Sse.first(say(token, conversation, "one"), "done")).isNotNull();
        assertThat(v1(token, "two", false).statusCode()).isEqualTo(200);
        assertThat(ollama(token, "three").statusCode()).isEqualTo(200);
        assertThat(v1(token, "four", false).statusCode()).isEqualTo(200);
        assertThat(ollama(token, "five").statusCode()).isEqualTo(200);
        var chat = say(token, conversation, "six");
        assertThat(chat.get(0).name()).isEqualTo("http-429");
        var openai = v1(token, "seven", false);
        assertThat(openai.statusCode()).isEqualTo(429);
        assertThat(openai.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        var ol = ollama(token, "eight");
        assertThat(ol.statusCode()).isEqualTo(429);
        assertThat(Http.parse(ol.body()).get("error").getStringValue()).contains("5 requests a minute");
    }

    @Test
    void anApiKeyHasARateLimitOfItsOwn() {
        String token = person();
        var created = Http.post(base + "/api/auth/api-keys", "{\"name\":\"script\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = Http.parse(created.body()).get("key").getStringValue();
        assertThat(v1(key, "one", false).statusCode()).isEqualTo(200);
        assertThat(v1(key, "two", false).statusCode()).isEqualTo(200);
        var third = v1(key, "three", false);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("this API key");
        assertThat(v1(token, "four", false).statusCode()).as("the person's session is under their own limit").isEqualTo(200);
    }

    @Test
    void anAdminChangesATiersModelAndThePricesWhileTheNodeRunsAndBadInputChangesNothing() {
        String token = person();
        String before = Http.get(base + "/api/policy/settings", admin).body();
        var tier = Http.send("PUT", base + "/api/policy/settings", "{\"tier\":\"middle\",\"model\":\"llama3:8b\"}", admin);
        assertThat(tier.statusCode()).isEqualTo(400);
        assertThat(Http.parse(tier.body()).get("field").getStringValue()).isEqualTo("tier");
        var price = Http.send("PUT", base + "/api/policy/settings", "{\"tier\":\"execution\",\"model\":\"llama3:8b\","
                + "\"prices\":\"llama3:8b=-1/2\"}", admin);
        assertThat(price.statusCode()).isEqualTo(400);
        assertThat(Http.parse(price.body()).get("field").getStringValue()).isEqualTo("prices");
        assertThat(Http.get(base + "/api/policy/settings", admin).body()).as("nothing changed").isEqualTo(before);
        assertThat(Http.send("PUT", base + "/api/policy/settings", "{\"prices\":\"x=1/1\"}", token).statusCode()).isEqualTo(403);
        var auto = Http.post(base + "/v1/chat/completions", "{\"model\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":\"list my notes\"}]}", token);
        assertThat(auto.statusCode()).as("no tier has a model yet").isEqualTo(400);

        var changed = Http.send("PUT", base + "/api/policy/settings", "{\"tier\":\"execution\",\"model\":\"llama3:8b\","
                + "\"prices\":\"llama3:8b=1000/2000\"}", admin);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.parse(changed.body()).get("execution").getStringValue()).isEqualTo(MODEL);
        assertThat(Http.parse(changed.body()).get("pricesText").getStringValue()).isEqualTo("llama3:8b=1000/2000");
        auto = Http.post(base + "/v1/chat/completions", "{\"model\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":\"list my notes\"}]}", token);
        assertThat(auto.statusCode()).as(auto.body()).isEqualTo(200);
        assertThat(Http.parse(Http.get(base + "/api/usage", token).body()).get("dollars").getDoubleValue()).isPositive();

        var back = Http.send("PUT", base + "/api/policy/settings", "{\"tier\":\"execution\",\"model\":\"\",\"prices\":\"\"}", admin);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).doesNotContain("llama3:8b=1000");
    }
}
