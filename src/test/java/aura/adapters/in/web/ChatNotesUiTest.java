package aura.adapters.in.web;

import aura.application.mesh.port.NodeDirectory;
import aura.testing.Accounts;
import aura.testing.Browser;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.StandInBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes in the chat page, in Chromium: an answer cites the notes that went into its prompt (each opens the note),
 * again when the conversation is reopened,
 * "Remember this" keeps a message as a note, and the per-conversation switch leaves notes out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatNotesUiTest {
    private static final String MODEL = "llama3:8b";
    @TempDir
    static Path dataDir;
    private StandInBackend backend;
    private InProcessNode node;
    private Browser browser;
    private String token;

    @BeforeAll
    void start() throws Exception {
        backend = StandInBackend.start(StandInBackend.Protocol.OLLAMA, MODEL).tokensPerSecond(200);
        node = InProcessNode.solo(dataDir, "chat-notes-ui", Map.of("AURA_BACKEND", backend.spec()));
        token = node.adminToken();
        var directory = node.context().getBean(NodeDirectory.class);
        for (int i = 0; i < 200 && directory.live().stream().noneMatch(h -> h.models().stream().anyMatch(m -> m.name().equals(MODEL))); i++) {
            Thread.sleep(50);
        }
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (node != null) node.close();
        if (backend != null) backend.close();
    }

    private List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private void ask(String question) {
        int answers = all(".message.assistant.complete").size();
        browser.await(By.id("message-input")).sendKeys(question, Keys.ENTER);
        browser.until(d -> all(".message.assistant.complete").size() == answers + 1 && all(".message.assistant .remember").size() == answers + 1);
    }

    @Test
    void anAnswerCitesItsNotesAMessageCanBeRememberedAndNotesCanBeTurnedOff() throws Exception {
        Http.post(node.base() + "/api/notes", """
                {"title": "Emma's birthday wish", "body": "She keeps asking for a red bicycle and a paint set."}""", token);
        browser.driver.get(node.base() + "/#/login");
        browser.await(By.id("login-username")).sendKeys(Accounts.ADMIN);
        browser.await(By.id("login-password")).sendKeys(Accounts.PASSWORD, Keys.ENTER);
        browser.until(d -> "chat".equals(d.findElement(By.id("main")).getAttribute("data-page")));

        ask("What should I get my daughter as a present?");
        WebElement cite = browser.await(By.cssSelector(".message.assistant .citations a[data-cite]"));
        assertThat(cite.getText()).isEqualTo("Emma's birthday wish");
        browser.screenshot("chat-notes-01-citation");

        // the question, then the answer, kept as notes; the same question again is offered as the note it already is
        all(".message.user [data-remember]").get(0).click();
        browser.until(d -> !all(".message.user .remember a.remembered").isEmpty());
        assertThat(all(".message.user .remember").get(0).getText()).contains("Remembered as the note").contains("What should I get my daughter");
        all(".message.assistant [data-remember]").get(0).click();
        browser.until(d -> !all(".message.assistant .remember a.remembered").isEmpty());
        String conversation = browser.driver.getCurrentUrl().replaceAll(".*#/chat/", "");
        browser.driver.navigate().refresh();
        // reopened, the answer still names the notes its prompt took
        assertThat(browser.await(By.cssSelector(".message.assistant .citations a[data-cite]")).getText()).isEqualTo("Emma's birthday wish");
        browser.await(By.cssSelector(".message.user [data-remember]")).click();
        browser.until(d -> all(".message.user .remember").get(0).getText().contains("Already in your notes"));
        assertThat(all(".message.user [data-remember-anyway]")).hasSize(1);
        browser.screenshot("chat-notes-02-remembered");
        var notes = Http.text(Http.json(node.base() + "/api/notes?tag=chat", token));
        assertThat(notes).contains("What should I get my daughter as a present?").contains("Liquid networks adapt");

        // turned off: the next answer has no citation and the conversation says so after a reload
        browser.await(By.id("notes-toggle")).click();
        browser.until(d -> !Http.json(node.base() + "/api/chat/conversations/" + conversation, token).get("notes").getBooleanValue());
        ask("Any more present ideas for my daughter?");
        assertThat(all(".message.assistant").get(1).findElements(By.cssSelector(".citations a"))).isEmpty();
        browser.driver.navigate().refresh();
        browser.until(d -> all(".message.assistant.complete").size() == 2);
        assertThat(browser.await(By.id("notes-toggle")).isSelected()).isFalse();
        assertThat(all(".message.assistant").get(0).findElements(By.cssSelector(".citations a"))).hasSize(1);
        assertThat(all(".message.assistant").get(1).findElements(By.cssSelector(".citations a"))).isEmpty();
        browser.screenshot("chat-notes-03-notes-off");

        // a citation opens its note on the notes page
        browser.await(By.id("notes-toggle")).click();
        browser.until(d -> Http.json(node.base() + "/api/chat/conversations/" + conversation, token).get("notes").getBooleanValue());
        ask("And what about a present for my daughter's birthday?");
        browser.await(By.xpath("(//article[contains(@class, 'assistant')])[last()]//div[@class='citations']//a[.=\"Emma's birthday wish\"]")).click();
        browser.until(d -> "notes".equals(d.findElement(By.id("main")).getAttribute("data-page")));
        assertThat(browser.await(By.cssSelector("#note-opened .note.opened")).getText()).contains("Emma's birthday wish").contains("red bicycle");
        browser.screenshot("chat-notes-04-opened-note");
    }
}
