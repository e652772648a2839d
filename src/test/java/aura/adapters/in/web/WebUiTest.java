package aura.adapters.in.web;

import aura.application.chat.port.ChatMessages;
import aura.application.mesh.port.NodeDirectory;
import aura.domain.auth.Totp;
import aura.domain.chat.MessageState;
import aura.testing.Accounts;
import aura.testing.Browser;
import aura.testing.Http;
import aura.testing.StandInBackend;
import aura.testing.InProcessNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser (headless Chromium) against a real solo node whose generation backend is an Ollama
 * stand-in: first run, logging in, chatting with a streaming answer, the mesh, admin and sessions pages. The
 * scenarios build on each other (the first creates the admin), so they run in order. Each page is saved under
 * target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiTest {
    private static final String NODE = "ui-box";
    private static final String MODEL = "llama3:8b";
    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private StandInBackend backend;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        backend = StandInBackend.start(StandInBackend.Protocol.OLLAMA, MODEL).tokensPerSecond(30);
        node = InProcessNode.solo(dataDir, NODE, Map.of("AURA_BACKEND", backend.spec()));
        base = node.base();
        awaitModelServed();
        browser = Browser.start();
    }

    private void awaitModelServed() throws InterruptedException {
        var directory = node.context().getBean(NodeDirectory.class);
        for (int i = 0; i < 200; i++) {
            if (directory.live().stream().anyMatch(h -> h.models().stream().anyMatch(m -> m.name().equals(MODEL)))) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the node never published " + MODEL + " in its heartbeat");
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (node != null) node.close();
        if (backend != null) backend.close();
    }

    private WebElement find(String css) {
        return browser.await(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }

    private void open(String hash) {
        browser.driver.get(base + "/" + hash);
    }

    private void awaitPage(String page) {
        browser.until(d -> page.equals(d.findElement(By.id("main")).getAttribute("data-page")));
    }

    private void logIn(String user, String password) {
        open("#/login");
        awaitPage("login");
        find("#login-username").clear();
        find("#login-username").sendKeys(user);
        find("#login-password").clear();
        find("#login-password").sendKeys(password, Keys.ENTER);
    }

    @Test
    @Order(1)
    void theUiIsServedToAnyoneWhileTheApiStillNeedsALogin() {
        var page = Http.get(base + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("/assets/js/app.js");
        assertThat(page.headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self'");
        assertThat(Http.get(base + "/assets/js/app.js").statusCode()).isEqualTo(200);
        var marked = Http.get(base + "/webjars/marked/15.0.7/lib/marked.esm.js");
        assertThat(marked.statusCode()).isEqualTo(200);
        assertThat(marked.headers().firstValue("content-type").orElse("")).contains("javascript");
        assertThat(Http.get(base + "/api/chat/conversations").statusCode()).isEqualTo(401);
        assertThat(Http.get(base + "/api/mesh/nodes").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void theFirstVisitOffersToCreateTheFirstAdminAndLogsThemIn() throws Exception {
        open("");
        awaitPage("setup");
        assertThat(text("h1")).isEqualTo("Welcome to Aura");
        browser.screenshot("01-first-run");
        find("#setup-username").sendKeys(Accounts.ADMIN);
        find("#setup-password").sendKeys(Accounts.PASSWORD);
        find("#setup-confirm").sendKeys("Not-The-Same-1!", Keys.ENTER);
        assertThat(text("#form-notice")).isEqualTo("The two passwords are not the same.");
        find("#setup-confirm").clear();
        find("#setup-confirm").sendKeys(Accounts.PASSWORD, Keys.ENTER);
        awaitPage("chat");
        assertThat(text("#whoami")).isEqualTo("Signed in as admin");
        assertThat(Http.json(base + "/api/auth/status").get("bootstrapNeeded").getBooleanValue()).isFalse();
    }

    @Test
    @Order(3)
    void aWrongPasswordSaysSoInASentence() throws Exception {
        find("#logout").click();
        awaitPage("login");
        assertThat(text("#main .notice:not(.error)")).isEqualTo("You have logged out.");
        logIn(Accounts.ADMIN, "Wrong-Password-1!");
        browser.until(d -> !d.findElement(By.id("form-notice")).getText().isEmpty());
        assertThat(text("#form-notice")).isEqualTo("Username or password is wrong.").doesNotContain("{");
        browser.screenshot("02-login-wrong-password");
        logIn(Accounts.ADMIN, Accounts.PASSWORD);
        awaitPage("chat");
    }

    @Test
    @Order(4)
    void aMessageStartsAConversationAndTheAnswerStreamsInWithTheNodeThatRenderedIt() throws Exception {
        open("#/chat");
        awaitPage("chat");
        browser.until(d -> d.findElements(By.cssSelector("#model option[value='" + MODEL + "']")).size() == 1);
        find("#message-input").sendKeys("Tell me about", Keys.SHIFT, Keys.ENTER);
        find("#message-input").sendKeys(Keys.NULL, "liquid networks");
        assertThat(find("#message-input").getAttribute("value")).isEqualTo("Tell me about\nliquid networks");
        find("#message-input").sendKeys(Keys.ENTER);

        List<String> seen = new ArrayList<>();
        browser.until(d -> {
            var answers = d.findElements(By.cssSelector(".message.assistant .body"));
            String now = answers.isEmpty() ? "" : answers.get(0).getText();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) seen.add(now);
            return d.findElements(By.cssSelector(".message.assistant.complete")).isEmpty() ? null : true;
        });
        String answer = text(".message.assistant .body");
        assertThat(answer).isEqualTo(StandInBackend.ANSWER);
        assertThat(seen).as("the answer grew in steps").anyMatch(s -> !s.isEmpty() && s.length() < answer.length()
                && StandInBackend.ANSWER.startsWith(s.strip()));
        assertThat(text(".message.user .text")).isEqualTo("Tell me about\nliquid networks");
        assertThat(text(".message.assistant .meta .node")).isEqualTo(NODE);
        assertThat(text("#conversation-title")).isEqualTo("Tell me about");
        assertThat(text("#conversation-list [aria-current='true']")).contains("Tell me about");

        find(".message.assistant .meta button[aria-expanded]").click();
        assertThat(text(".message.assistant .route table")).contains(NODE).contains("fastest estimate");
        browser.screenshot("03-chat");
    }

    @Test
    @Order(5)
    void modelOutputIsRenderedAsMarkdownWithoutItsHtml() {
        Object html = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/assets/js/markdown.js').then(m => {
                  const div = document.createElement('div');
                  m.renderMarkdown(div, '**bold** and <img src=x onerror="window.pwned=1"><script>window.pwned=1</script>'
                    + ' [link](javascript:window.pwned=1) <a href="https://example.org" onclick="window.pwned=1">x</a>');
                  done(div.innerHTML + '|' + (window.pwned === undefined));
                }, e => done('failed: ' + e));
                """);
        assertThat((String) html).contains("<strong>bold</strong>").doesNotContain("<img").doesNotContain("<script")
                .doesNotContain("onerror").doesNotContain("javascript:").doesNotContain("onclick").endsWith("|true");
    }

    @Test
    @Order(5)
    void aConversationsTemperatureIsSetOnThePageGoesWithItsQuestionsAndABadOneIsRefused() throws Exception {
        find("#temperature").sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.3", Keys.TAB);
        browser.until(d -> d.findElement(By.id("announcer")).getText().contains("temperature 0.3"));
        int asked = backend.requests.size();
        find("#message-input").sendKeys("Warmer, please", Keys.ENTER);
        browser.until(d -> d.findElements(By.cssSelector(".message.assistant.complete")).size() == 2);
        assertThat(backend.requests.subList(asked, backend.requests.size()))
                .anyMatch(r -> r.get("options") != null && r.get("options").get("temperature") != null
                        && r.get("options").get("temperature").getDoubleValue() == 0.3);

        // typed over, as a person does (clearing first would set "the model's own" on the way)
        find("#temperature").sendKeys(Keys.chord(Keys.CONTROL, "a"), "5", Keys.TAB);
        browser.until(d -> d.findElement(By.id("chat-notice")).getText().toLowerCase(java.util.Locale.ROOT).contains("temperature"));
        assertThat(find("#temperature").getAttribute("value")).as("put back as it was").isEqualTo("0.3");
        browser.driver.navigate().refresh();
        awaitPage("chat");
        browser.until(d -> "0.3".equals(d.findElement(By.id("temperature")).getAttribute("value")));
        browser.screenshot("03b-chat-temperature");
    }

    @Test
    @Order(6)
    void aConversationCanBeRenamedReopenedAndDeleted() {
        find("#rename").click();
        find("#rename-input").clear();
        find("#rename-input").sendKeys("Liquid networks", Keys.ENTER);
        browser.until(d -> d.findElement(By.id("conversation-title")).getText().equals("Liquid networks"));
        browser.driver.navigate().refresh();
        awaitPage("chat");
        browser.until(d -> d.findElements(By.cssSelector(".message.assistant.complete")).size() == 2);
        assertThat(text(".message.assistant .meta .node")).isEqualTo(NODE);
        assertThat(text("#conversation-list [aria-current='true']")).contains("Liquid networks");
        find("#delete").click();
        find("#confirm-delete").click();
        browser.until(d -> d.findElements(By.cssSelector("#conversation-list [data-id]")).isEmpty());
        assertThat(text("#conversation-title")).isEqualTo("New conversation");
    }

    @Test
    @Order(7)
    void theMeshPageShowsTheNodeUpWithItsModel() throws Exception {
        find("#nav a[data-page='mesh']").click();
        awaitPage("mesh");
        var card = find(".node-card[data-node='" + NODE + "']");
        assertThat(card.getText()).contains("up").contains("lead").contains(MODEL);
        browser.screenshot("04-mesh");
    }

    /** The element's text, or "" while the list is being redrawn. */
    private static String textOrEmpty(org.openqa.selenium.WebDriver d, String css) {
        try {
            return d.findElement(By.cssSelector(css)).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    @Test
    @Order(8)
    void anAdminCreatesAUserAndReadsTheAuditLog() throws Exception {
        find("#nav a[data-page='admin']").click();
        awaitPage("admin");
        find("#new-username").sendKeys("bob");
        find("#new-password").sendKeys("weak");
        find("#new-password").submit();
        browser.until(d -> !d.findElement(By.id("new-password-error")).getText().isEmpty());
        assertThat(find("#new-password").getAttribute("aria-invalid")).isEqualTo("true");
        find("#new-password").clear();
        find("#new-password").sendKeys(Accounts.PASSWORD, Keys.ENTER);
        browser.until(d -> d.findElement(By.cssSelector("form .notice.ok")).getText().contains("Created user bob"));
        browser.until(d -> d.findElement(By.id("audit")).getText().contains("login succeeded"));
        // A solo node takes no backups (its H2 file is not the mesh's Postgres), and the page says so.
        browser.until(d -> d.findElement(By.cssSelector("[aria-labelledby='backups-title']")).getText().contains("No backups"));
        find("details[data-persona='assistant'] summary").click();
        assertThat(find("details[data-persona='assistant'] textarea").getAttribute("value")).isNotBlank();
        browser.screenshot("05-admin");
        assertThat(Accounts.login(base, "bob", Accounts.PASSWORD).get("accessToken")).isNotNull();

        browser.until(d -> !d.findElements(By.cssSelector("li[data-username='bob'] button[data-user='bob']")).isEmpty());
        find("li[data-username='bob'] button[data-user='bob']").click();
        browser.until(d -> textOrEmpty(d, "li[data-username='bob']").contains("disabled"));
        assertThat(Http.post(base + "/api/auth/login", Accounts.credentials("bob", Accounts.PASSWORD), null).statusCode()).isEqualTo(401);
        find("li[data-username='bob'] button[data-user='bob']").click();
        browser.until(d -> textOrEmpty(d, "li[data-username='bob'] button[data-user='bob']").equals("Disable"));
        assertThat(Accounts.login(base, "bob", Accounts.PASSWORD).get("accessToken")).isNotNull();
    }

    @Test
    @Order(9)
    void endingAnotherSessionAndThenThisOneLogsThisBrowserOut() throws Exception {
        String other = Accounts.login(base, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        assertThat(Http.get(base + "/api/auth/me", other).statusCode()).isEqualTo(200);
        find("#nav a[data-page='sessions']").click();
        awaitPage("sessions");
        browser.until(d -> d.findElements(By.cssSelector("#sessions tr")).size() >= 2);
        assertThat(text("#sessions tr.current")).contains("Headless Chrome on Linux").contains(NODE);
        browser.screenshot("06-sessions");

        find("#end-others").click();
        browser.until(d -> d.findElements(By.cssSelector("#sessions tr")).size() == 1);
        assertThat(Http.get(base + "/api/auth/me", other).statusCode()).isEqualTo(401);

        find("#sessions tr.current button[data-end]").click();
        awaitPage("login");
        assertThat(text("#main .notice:not(.error)")).contains("You ended this session");
        open("#/chat");
        awaitPage("login");
    }

    @Test
    @Order(10)
    void onAPhoneInTheLightThemeTheChatStillFits() throws Exception {
        logIn(Accounts.ADMIN, Accounts.PASSWORD);
        awaitPage("chat");
        find("#theme-toggle").click();
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("light");
        browser.size(390, 844);
        find("#message-input").sendKeys("hello", Keys.ENTER);
        browser.until(d -> d.findElements(By.cssSelector(".message.assistant.complete")).size() == 1);
        Object overflow = browser.driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).isEqualTo(false);
        browser.screenshot("07-chat-phone-light");
        find(".sidebar-toggle").click();
        assertThat(find("#conversation-list").isDisplayed()).isTrue();
        browser.screenshot("08-conversations-phone-light");
        browser.size(1280, 860);
        find("#theme-toggle").click();
    }

    @Test
    @Order(11)
    void anAccountWithASecondFactorIsAskedForItsOneTimeCode() throws Exception {
        String admin = Accounts.login(base, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        var created = Http.post(base + "/api/admin/users", Accounts.credentials("carol", Accounts.PASSWORD), admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String carol = Accounts.login(base, "carol", Accounts.PASSWORD).get("accessToken").getStringValue();
        String secret = Http.parse(Http.post(base + "/api/auth/totp/enrol", null, carol).body()).get("secret").getStringValue();
        var confirmed = Http.post(base + "/api/auth/totp/confirm", "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}", carol);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);

        find("#logout").click();
        awaitPage("login");
        logIn("carol", Accounts.PASSWORD);
        find("#login-totp");
        assertThat(text("#main .notice:not(.error)")).contains("one-time code");
        browser.screenshot("09-login-one-time-code");
        find("#login-totp").sendKeys(Totp.code(secret, Instant.now()), Keys.ENTER);
        awaitPage("chat");
        assertThat(text("#whoami")).isEqualTo("Signed in as carol");
        assertThat(browser.driver.findElement(By.id("nav-admin")).isDisplayed()).isFalse();
    }

    @Test
    @Order(12)
    void aPartialAnswerOffersToContinueItAndContinuingFinishesTheSameAnswer() throws Exception {
        find("#message-input").sendKeys("and then?", Keys.ENTER);
        browser.until(d -> d.findElements(By.cssSelector(".message.assistant.complete")).size() == 1);
        String conversation = browser.driver.getCurrentUrl().replaceAll(".*#/chat/", "");
        // as if the node writing it had died after the first words
        var messages = node.context().getBean(ChatMessages.class);
        var answer = messages.of(conversation).get(1);
        String shown = String.join("", StandInBackend.tokens(StandInBackend.ANSWER).subList(0, 4));
        messages.update(answer.finished(shown, MessageState.PARTIAL, NODE, 0, 0, 0, 0,
                Optional.of("node " + NODE + " stopped while generating this answer")));
        browser.driver.navigate().refresh();
        awaitPage("chat");
        find(".message.assistant.failed button.continue");
        assertThat(text(".message.assistant .problem")).contains("stopped");
        browser.screenshot("10-partial-answer");

        find(".message.assistant.failed button.continue").click();
        browser.until(d -> d.findElements(By.cssSelector(".message.assistant.complete")).size() == 1);
        assertThat(text(".message.assistant .body")).isEqualTo(StandInBackend.ANSWER);
        assertThat(messages.of(conversation)).hasSize(2);
        assertThat(messages.of(conversation).get(1).content()).isEqualTo(StandInBackend.ANSWER);
    }
}
