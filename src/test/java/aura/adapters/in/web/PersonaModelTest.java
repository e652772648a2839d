package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Browser;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A persona can name a model (a trained LoRA model, say, once a node serves it): its conversations use it when
 * neither they nor the message name one. A model no node serves, or an empty name, is refused naming the field.
 * In the browser, an admin sets it on the admin page, and picking the persona in the chat picks its model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonaModelTest {
    @TempDir
    static Path dataDir;
    private StandInBackend ollama;
    private InProcessNode node;
    private String base;
    private String token;

    @BeforeAll
    void start() {
        // adder:1 stands for a LoRA version the node deployed into its Ollama
        ollama = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3.2:1b", "adder:1");
        node = InProcessNode.solo(dataDir, "solo", Map.of("AURA_BACKEND", ollama.spec()));
        base = node.base();
        token = node.adminToken();
    }

    @AfterAll
    void stop() {
        node.close();
        ollama.close();
    }

    private static String persona(String model) {
        return "{\"description\":\"adds up\",\"systemPrompt\":\"You add numbers.\"" + (model == null ? "" : ",\"model\":" + model) + "}";
    }

    private JsonNode listed(String name) {
        for (JsonNode p : Http.json(base + "/api/chat/personas", token).values()) {
            if (p.get("name").getStringValue().equals(name)) return p;
        }
        throw new AssertionError("no persona " + name);
    }

    private String answeringModel(String conversationBody) {
        var created = Http.post(base + "/api/chat/conversations", conversationBody, token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.parse(created.body()).get("id").getStringValue();
        var events = Sse.post(base + "/api/chat/conversations/" + id + "/messages", "{\"content\":\"What is 2 + 1?\"}", token);
        Sse.Event done = Sse.first(events, "done");
        assertThat(done).as(events.toString()).isNotNull();
        return done.data().get("model").getStringValue();
    }

    @Test
    void aConversationWithAPersonaThatNamesAModelIsAnsweredByThatModel() {
        var saved = Http.send("PUT", base + "/api/chat/personas/adder-coach", persona("\"adder:1\""), token);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Http.parse(saved.body()).get("model").getStringValue()).isEqualTo("adder:1");
        assertThat(listed("adder-coach").get("model").getStringValue()).isEqualTo("adder:1");

        assertThat(answeringModel("{\"persona\":\"adder-coach\"}")).isEqualTo("adder:1");
        // a model the conversation names still wins
        assertThat(answeringModel("{\"persona\":\"adder-coach\",\"model\":\"llama3.2:1b\"}")).isEqualTo("llama3.2:1b");
    }

    @Test
    void anEmptyOrUnknownModelIsRefusedNamingTheFieldAndChangesNothing() {
        assertThat(Http.send("PUT", base + "/api/chat/personas/counter", persona("\"adder:1\""), token).statusCode())
                .isEqualTo(200);
        for (String bad : new String[]{"\"\"", "\"  \"", "\"nobody-serves-this:7\""}) {
            var refused = Http.send("PUT", base + "/api/chat/personas/counter",
                    "{\"description\":\"changed\",\"systemPrompt\":\"Changed.\",\"model\":" + bad + "}", token);
            assertThat(refused.statusCode()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(Http.parse(refused.body()).get("field").getStringValue()).isEqualTo("model");
        }
        JsonNode kept = listed("counter");
        assertThat(kept.get("model").getStringValue()).isEqualTo("adder:1");
        assertThat(kept.get("description").getStringValue()).isEqualTo("adds up");
    }

    @Test
    void aPersonaSavedWithoutAModelNamesNone() {
        Http.send("PUT", base + "/api/chat/personas/plain", persona("\"adder:1\""), token);
        var cleared = Http.send("PUT", base + "/api/chat/personas/plain", persona(null), token);
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        JsonNode model = listed("plain").get("model");
        assertThat(model == null || model.isNull()).as("no model").isTrue();
        assertThat(answeringModel("{\"persona\":\"plain\",\"model\":\"llama3.2:1b\"}")).isEqualTo("llama3.2:1b");
    }

    @Test
    void anAdminGivesAPersonaAModelOnTheAdminPageAndPickingThePersonaInTheChatPicksIt() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver.get(base + "/#/login");
            browser.await(By.id("login-username")).sendKeys(Accounts.ADMIN);
            browser.await(By.id("login-password")).sendKeys(Accounts.PASSWORD, Keys.ENTER);
            browser.await(By.cssSelector("#nav a[data-page='admin']")).click();
            browser.until(d -> "admin".equals(d.findElement(By.id("main")).getAttribute("data-page")));
            browser.await(By.cssSelector("details[data-persona='tutor'] summary")).click();
            browser.await(By.cssSelector("details[data-persona='tutor'] input[name='model']")).sendKeys("llama3.2:1b");
            browser.await(By.cssSelector("details[data-persona='tutor'] button[type='submit']")).click();
            browser.until(d -> {
                JsonNode model = listed("tutor").get("model");
                return model != null && "llama3.2:1b".equals(model.getStringValue());
            });

            browser.await(By.cssSelector("#nav a[data-page='chat']")).click();
            browser.until(d -> !d.findElements(By.cssSelector("#model option[value='llama3.2:1b']")).isEmpty());
            // the list is sorted by name, so adder:1 comes first; the tutor's model is the other one
            new Select(browser.await(By.id("model"))).selectByValue("adder:1");
            new Select(browser.await(By.id("persona"))).selectByValue("tutor");
            assertThat(browser.await(By.id("model")).getAttribute("value")).isEqualTo("llama3.2:1b");
        }
    }
}
