package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Policies over HTTP on a solo node (H2) with a stand-in model server: every answer is charged to its person,
 * model and node at the configured price; budgets warn at 80 %, send a person past 100 % to the execution tier's
 * model, and with a hard cap refuse with 429; a question without a model goes to its tier's model, and a
 * conversation can be pinned to a tier.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageApiTest {
    /** What the stand-in reports per answer: 12 prompt tokens and one token per word of its answer. */
    static final int PROMPT = 12;
    static final int OUTPUT = StandInBackend.tokens(StandInBackend.ANSWER).size();
    static final int PER_ANSWER = PROMPT + OUTPUT;

    @TempDir
    static Path dataDir;
    private StandInBackend model;
    private InProcessNode node;
    private String base;
    private String admin;

    @BeforeAll
    void start() {
        System.setProperty("aura.routing.calibration.enabled", "false"); // only people's answers reach the stand-in
        System.setProperty("aura.policy.prices", "llama3:8b=1000/2000");
        System.setProperty("aura.policy.tiers.execution", "tiny:1b");
        // The strategic tier's own model runs nowhere: its chain falls back to big:70b.
        System.setProperty("aura.policy.tiers.strategic", "huge:400b");
        System.setProperty("aura.policy.fallback.strategic", "big:70b");
        model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b", "tiny:1b", "big:70b");
        node = InProcessNode.solo(dataDir, "solo", Map.of("AURA_BACKEND", model.spec()));
        base = node.base();
        admin = node.adminToken();
        for (String user : List.of("alice", "bob", "carol", "dave", "eve")) {
            assertThat(Http.post(base + "/api/admin/users", Accounts.credentials(user, Accounts.PASSWORD), admin)
                    .statusCode()).isEqualTo(201);
        }
    }

    @AfterAll
    void stop() {
        node.close();
        model.close();
        System.clearProperty("aura.routing.calibration.enabled");
        System.clearProperty("aura.policy.prices");
        System.clearProperty("aura.policy.tiers.execution");
        System.clearProperty("aura.policy.tiers.strategic");
        System.clearProperty("aura.policy.fallback.strategic");
    }

    private String login(String user) {
        return Accounts.login(base, user, Accounts.PASSWORD).get("accessToken").getStringValue();
    }

    private String conversation(String token) {
        var created = Http.post(base + "/api/chat/conversations", "{\"title\":\"t\",\"model\":\"llama3:8b\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.parse(created.body()).get("id").getStringValue();
    }

    private List<Sse.Event> say(String token, String conversation, String text) {
        return Sse.post(base + "/api/chat/conversations/" + conversation + "/messages", "{\"content\":\"" + text + "\"}", token);
    }

    private java.net.http.HttpResponse<String> complete(String token, String model) {
        return Http.post(base + "/v1/chat/completions", "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"hello\"}]}", token);
    }

    private JsonNode usage(String token, String period) {
        var answer = Http.get(base + "/api/usage?period=" + period, token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.parse(answer.body());
    }

    private static List<JsonNode> linesOf(JsonNode usage, String username) {
        List<JsonNode> lines = new java.util.ArrayList<>();
        JsonNode all = usage.get("usage");
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).get("username").getStringValue().equals(username)) lines.add(all.get(i));
        }
        return lines;
    }

    private void budget(String username, String json) {
        var answer = Http.send("PUT", base + "/api/usage/budgets/" + username, json, admin);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }

    @Test
    void aChatAnswerAndACompletionAreChargedToTheirPersonModelAndNodeAtItsPrice() {
        String alice = login("alice");
        assertThat(Sse.first(say(alice, conversation(alice), "hi"), "done")).isNotNull();
        assertThat(complete(alice, "llama3:8b").statusCode()).isEqualTo(200);

        JsonNode mine = usage(alice, "day");
        assertThat(mine.get("period").getStringValue()).isEqualTo("day");
        JsonNode line = linesOf(mine, "alice").get(0);
        assertThat(linesOf(mine, "alice")).hasSize(1);
        assertThat(line.get("model").getStringValue()).isEqualTo("llama3:8b");
        assertThat(line.get("node").getStringValue()).isEqualTo("solo");
        assertThat(line.get("promptTokens").getLongValue()).isEqualTo(2L * PROMPT);
        assertThat(line.get("outputTokens").getLongValue()).isEqualTo(2L * OUTPUT);
        assertThat(line.get("generations").getLongValue()).isEqualTo(2);
        double dollars = (2.0 * PROMPT * 1000 + 2.0 * OUTPUT * 2000) / 1_000_000;
        assertThat(line.get("dollars").getDoubleValue()).isCloseTo(dollars, within(1e-9));
        assertThat(mine.get("tokens").getLongValue()).isEqualTo(2L * PER_ANSWER);
        assertThat(usage(alice, "month").get("tokens").getLongValue()).isEqualTo(2L * PER_ANSWER);
        assertThat(mine.get("budget").get("state").getStringValue()).isEqualTo("within");
    }

    @Test
    void aPersonSeesOnlyTheirOwnUsageAndAnAdminEveryones() {
        String dave = login("dave");
        assertThat(complete(dave, "llama3:8b").statusCode()).isEqualTo(200);
        assertThat(linesOf(usage(dave, "month"), "dave")).hasSize(1);

        String bob = login("bob");
        assertThat(linesOf(usage(bob, "month"), "dave")).isEmpty();
        assertThat(linesOf(usage(admin, "month"), "dave")).hasSize(1);
    }

    @Test
    void anUnknownPeriodIsA400NamingPeriod() {
        var answer = Http.get(base + "/api/usage?period=week", admin);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(Http.parse(answer.body()).get("field").getStringValue()).isEqualTo("period");
    }

    @Test
    void aCappedBudgetWarnsAtEightyPercentAndPastItRefusesWith429SayingWhy() {
        // One answer uses about 91 % of it; a second spends it.
        budget("bob", "{\"tokens\":" + (long) (PER_ANSWER * 1.1) + ",\"hardCap\":true}");
        String bob = login("bob");
        String chat = conversation(bob);

        assertThat(say(bob, chat, "first")).extracting(Sse.Event::name).doesNotContain("budget").contains("done");
        List<Sse.Event> second = say(bob, chat, "second");
        JsonNode warning = Sse.first(second, "budget").data();
        assertThat(warning.get("budget").get("state").getStringValue()).isEqualTo("nearly-spent");
        assertThat(warning.get("downgraded").getBooleanValue()).isFalse();
        assertThat(second).extracting(Sse.Event::name).contains("done");
        assertThat(usage(bob, "month").get("budget").get("state").getStringValue()).isEqualTo("spent");

        var refused = complete(bob, "llama3:8b");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.parse(refused.body()).get("error").get("message").getStringValue())
                .contains("monthly budget of " + (long) (PER_ANSWER * 1.1) + " tokens is spent");
        int messages = Http.json(base + "/api/chat/conversations/" + chat, bob).get("messages").size();
        Sse.Event chatRefused = say(bob, chat, "third").get(0);
        assertThat(chatRefused.name()).isEqualTo("http-429");
        assertThat(chatRefused.data().get("error").getStringValue()).contains("budget");
        assertThat(Http.json(base + "/api/chat/conversations/" + chat, bob).get("messages").size())
                .as("a refused question is not stored").isEqualTo(messages);
    }

    @Test
    void pastABudgetWithoutACapRequestsGoToTheExecutionTiersModel() {
        budget("carol", "{\"tokens\":0}");
        String carol = login("carol");
        int before = model.requests.size();

        var answer = complete(carol, "llama3:8b");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(model.requests.get(before).get("model").getStringValue()).isEqualTo("tiny:1b");
        JsonNode warning = Sse.first(say(carol, conversation(carol), "hi"), "budget").data();
        assertThat(warning.get("downgraded").getBooleanValue()).isTrue();
        assertThat(warning.get("model").getStringValue()).isEqualTo("tiny:1b");
        assertThat(linesOf(usage(carol, "month"), "carol")).singleElement()
                .satisfies(l -> assertThat(l.get("model").getStringValue()).isEqualTo("tiny:1b"))
                .satisfies(l -> assertThat(l.get("dollars").getDoubleValue()).as("an unpriced model is free").isZero());
    }

    @Test
    void onlyAnAdminSetsABudgetAndABadOneIsA400NamingItsFieldThatChangesNothing() {
        String dave = login("dave");
        assertThat(Http.send("PUT", base + "/api/usage/budgets/dave", "{\"tokens\":5}", dave).statusCode()).isEqualTo(403);
        var negative = Http.send("PUT", base + "/api/usage/budgets/dave", "{\"tokens\":-5}", admin);
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(Http.parse(negative.body()).get("field").getStringValue()).isEqualTo("tokens");
        var wrongType = Http.send("PUT", base + "/api/usage/budgets/dave", "{\"dollars\":\"lots\"}", admin);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(Http.send("PUT", base + "/api/usage/budgets/nobody", "{\"tokens\":5}", admin).statusCode()).isEqualTo(404);
        assertThat(usage(dave, "month").get("budget").get("tokens").isNull()).as("still the default: none").isTrue();

        budget("dave", "{\"dollars\":0.25}");
        assertThat(usage(dave, "month").get("budget").get("dollars").getDoubleValue()).isEqualTo(0.25);
        assertThat(Http.delete(base + "/api/usage/budgets/dave", admin).statusCode()).isEqualTo(204);
        assertThat(usage(dave, "month").get("budget").get("dollars").isNull()).isTrue();
    }

    private String lastModelAsked() {
        return model.requests.get(model.requests.size() - 1).get("model").getStringValue();
    }

    private String conversationWithoutModel(String token) {
        var created = Http.post(base + "/api/chat/conversations", "{\"title\":\"no model\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.parse(created.body()).get("id").getStringValue();
    }

    static final String ANALYSIS = "Analyse our strategy for the next year and explain why it should change";

    @Test
    void aQuestionWithoutAModelGoesToItsTiersModelAndTheRouteEventNamesTierAndScore() {
        String eve = login("eve");
        String chat = conversationWithoutModel(eve);

        JsonNode chore = Sse.first(say(eve, chat, "List my notes"), "route").data();
        assertThat(chore.get("tier").getStringValue()).isEqualTo("execution");
        assertThat(chore.get("score").getIntValue()).isBetween(0, 3);
        assertThat(chore.get("modelFrom").getStringValue()).isEqualTo("scored");
        assertThat(lastModelAsked()).isEqualTo("tiny:1b");

        JsonNode analysis = Sse.first(say(eve, chat, ANALYSIS), "route").data();
        assertThat(analysis.get("tier").getStringValue()).isEqualTo("strategic");
        assertThat(analysis.get("route").get("model").getStringValue()).as("huge:400b runs nowhere: its fallback")
                .isEqualTo("big:70b");
        assertThat(analysis.get("score").getIntValue()).isBetween(8, 10);
        assertThat(lastModelAsked()).isEqualTo("big:70b");

        JsonNode named = Sse.first(Sse.post(base + "/api/chat/conversations/" + chat + "/messages",
                "{\"content\":\"" + ANALYSIS + "\",\"model\":\"llama3:8b\"}", eve), "route").data();
        assertThat(named.get("modelFrom").getStringValue()).isEqualTo("asked");
        assertThat(lastModelAsked()).isEqualTo("llama3:8b");
    }

    @Test
    void aPinnedConversationSendsEveryQuestionToItsTiersModel() {
        String eve = login("eve");
        String chat = conversationWithoutModel(eve);
        var pinned = Http.send("PUT", base + "/api/chat/conversations/" + chat + "/tier", "{\"tier\":\"strategic\"}", eve);
        assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(200);

        JsonNode route = Sse.first(say(eve, chat, "List my notes"), "route").data();
        assertThat(route.get("modelFrom").getStringValue()).isEqualTo("pinned");
        assertThat(lastModelAsked()).isEqualTo("big:70b");

        var unknown = Http.send("PUT", base + "/api/chat/conversations/" + chat + "/tier", "{\"tier\":\"boss\"}", eve);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.parse(unknown.body()).get("field").getStringValue()).isEqualTo("tier");
        assertThat(Http.send("PUT", base + "/api/chat/conversations/" + chat + "/tier", "{\"tier\":\"execution\"}",
                login("dave")).statusCode()).as("another person's conversation").isEqualTo(404);
        say(eve, chat, "List my notes");
        assertThat(lastModelAsked()).as("still pinned: the bad requests changed nothing").isEqualTo("big:70b");

        assertThat(Http.send("PUT", base + "/api/chat/conversations/" + chat + "/tier", "{\"tier\":null}", eve)
                .statusCode()).isEqualTo(200);
        say(eve, chat, "List my notes");
        assertThat(lastModelAsked()).isEqualTo("tiny:1b");
    }

    @Test
    void aCompletionForModelAutoGetsItsTiersModelAndNamesIt() {
        var answer = complete(login("eve"), "auto");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Http.parse(answer.body()).get("model").getStringValue()).isEqualTo("tiny:1b");
        assertThat(lastModelAsked()).isEqualTo("tiny:1b");
    }

    @Test
    void aDeterministicCompletionIsAnsweredFromTheCacheTheSecondTimeAndCountedOnPrometheus() {
        String eve = login("eve");
        String question = "{\"model\":\"llama3:8b\",\"temperature\":0,\"messages\":[{\"role\":\"user\",\"content\":\"cache me "
                + java.util.UUID.randomUUID() + "\"}]}";
        int before = model.requests.size();
        var first = Http.post(base + "/v1/chat/completions", question, eve);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(model.requests).hasSize(before + 1);
        assertThat(model.requests.get(before).get("options").get("temperature").getDoubleValue()).isZero();

        var second = Http.post(base + "/v1/chat/completions", question, eve);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(model.requests).as("answered without the model").hasSize(before + 1);
        JsonNode cached = Http.parse(second.body());
        assertThat(cached.get("system_fingerprint").getStringValue()).isEqualTo("aura:cache");
        assertThat(cached.get("choices").get(0).get("message").get("content").getStringValue()).isEqualTo(StandInBackend.ANSWER);
        String metrics = Http.get(base + "/prometheus").body();
        assertThat(metrics).containsPattern("aura_response_cache_total\\{[^}]*result=\"hit\"[^}]*\\} [1-9]");

        String warm = question.replace("\"temperature\":0", "\"temperature\":0.7");
        Http.post(base + "/v1/chat/completions", warm, eve);
        Http.post(base + "/v1/chat/completions", warm, eve);
        assertThat(model.requests).as("a sampled request is generated every time").hasSize(before + 3);
    }

    @Test
    void aStrategicModelChangedWhileTheNodeRunsHeadsTheStrategicChain() {
        String eve = login("eve");
        String chat = conversationWithoutModel(eve);
        var changed = Http.send("PUT", base + "/api/policy/settings", "{\"tier\":\"strategic\",\"model\":\"giant:1t\"}", admin);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.text(Http.parse(changed.body()).get("strategicChain"))).isEqualTo("[\"giant:1t\",\"big:70b\"]");
        try {
            var events = say(eve, chat, ANALYSIS);
            JsonNode route = Sse.first(events, "route").data();
            assertThat(route.get("tier").getStringValue()).isEqualTo("strategic");
            assertThat(route.get("route").get("model").getStringValue()).as("giant:1t runs nowhere: the strategic chain's fallback")
                    .isEqualTo("big:70b");
            assertThat(Sse.text(events)).isEqualTo(StandInBackend.ANSWER);
            assertThat(lastModelAsked()).isEqualTo("big:70b");
        } finally {
            var back = Http.send("PUT", base + "/api/policy/settings", "{\"tier\":\"strategic\",\"model\":\"\"}", admin);
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        }
    }

    private List<Sse.Event> sayAt(String token, String conversation, String text, String temperature) {
        return Sse.post(base + "/api/chat/conversations/" + conversation + "/messages", "{\"content\":\"" + text
                + "\",\"temperature\":" + temperature + "}", token);
    }

    @Test
    void aChatQuestionAtTemperatureZeroAskedAgainIsAnsweredFromTheCacheAndTheRouteSaysSo() {
        String eve = login("eve");
        String question = "cache me in the chat " + java.util.UUID.randomUUID();
        int before = model.requests.size();
        var first = sayAt(eve, conversation(eve), question, "0");
        assertThat(Sse.first(first, "done").data().get("node").getStringValue()).isEqualTo("solo");
        assertThat(model.requests).hasSize(before + 1);
        assertThat(model.requests.get(before).get("options").get("temperature").getDoubleValue()).isZero();

        String second = conversation(eve);
        var set = Http.send("PUT", base + "/api/chat/conversations/" + second + "/temperature", "{\"temperature\":0}", eve);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        var bad = Http.send("PUT", base + "/api/chat/conversations/" + second + "/temperature", "{\"temperature\":7}", eve);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.parse(bad.body()).get("field").getStringValue()).isEqualTo("temperature");
        assertThat(Http.send("PUT", base + "/api/chat/conversations/" + second + "/temperature", "{\"temperature\":0}",
                login("dave")).statusCode()).as("another person's conversation").isEqualTo(404);
        var again = say(eve, second, question); // no temperature of its own: the conversation's, which the bad one left at 0
        assertThat(Sse.first(again, "route").data().get("route").get("chosen").getStringValue()).isEqualTo("cache");
        assertThat(Sse.first(again, "done").data().get("node").getStringValue()).isEqualTo("cache");
        assertThat(Sse.text(again)).isEqualTo(StandInBackend.ANSWER);
        assertThat(model.requests).as("answered without the model").hasSize(before + 1);
        var stored = Http.json(base + "/api/chat/conversations/" + second, eve).get("messages");
        assertThat(stored.get(1).get("content").getStringValue()).isEqualTo(StandInBackend.ANSWER);
        assertThat(stored.get(1).get("node").getStringValue()).isEqualTo("cache");

        say(eve, conversation(eve), question);
        assertThat(model.requests).as("without a temperature the answer is generated").hasSize(before + 2);

        var refused = sayAt(eve, second, question, "-1");
        assertThat(refused.get(0).name()).isEqualTo("http-400");
        assertThat(refused.get(0).data().get("field").getStringValue()).isEqualTo("temperature");
        assertThat(Http.json(base + "/api/chat/conversations/" + second, eve).get("messages").size())
                .as("nothing stored").isEqualTo(2);
    }
}
