package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Browser;
import aura.testing.InProcessNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The notes page in Chromium: create, search as you type (a paraphrase, marked words), edit and delete in place. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotesUiTest {
    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        node = InProcessNode.solo(dataDir, "notes-ui");
        node.adminToken();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (node != null) node.close();
    }

    private static String board(WebDriver d) {
        try {
            return d.findElement(By.id("notes")).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    private void write(String title, String body, String tags) {
        browser.await(By.id("note-title")).sendKeys(title);
        browser.await(By.id("note-body")).sendKeys(body);
        browser.await(By.id("note-tags")).sendKeys(tags);
        browser.await(By.id("note-save")).click();
        browser.until(d -> board(d).contains(title));
    }

    @Test
    void aPersonWritesSearchesEditsAndDeletesNotes() throws Exception {
        browser.driver.get(node.base() + "/#/login");
        browser.await(By.id("login-username")).sendKeys(Accounts.ADMIN);
        browser.await(By.id("login-password")).sendKeys(Accounts.PASSWORD, Keys.ENTER);
        browser.await(By.cssSelector("#nav a[data-page='notes']")).click();
        browser.until(d -> "notes".equals(d.findElement(By.id("main")).getAttribute("data-page")));

        write("Emma's birthday wish", "She keeps asking for a red bicycle and a paint set.", "family");
        write("Car insurance", "Renew the policy before March.", "admin");
        browser.screenshot("notes-01-board");

        browser.await(By.id("notes-search")).sendKeys("gift ideas for my daughter");
        browser.until(d -> board(d).startsWith("Emma's birthday wish") && board(d).contains("found by meaning"));
        browser.await(By.id("notes-search")).clear();
        browser.await(By.id("notes-search")).sendKeys("renew policy");
        browser.until(d -> board(d).startsWith("Car insurance") && !d.findElements(By.xpath(
                "//article[.//h2[contains(., 'Car insurance')]]//p[@class='snippet']/mark[.='Renew']")).isEmpty());
        browser.screenshot("notes-02-search");
        browser.await(By.id("notes-search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.until(d -> board(d).contains("Emma's birthday wish") && board(d).contains("Car insurance"));

        browser.await(By.xpath("//article[.//h2[contains(., 'Car insurance')]]//button[@data-edit]")).click();
        var title = browser.await(By.id("note-title"));
        title.clear();
        title.sendKeys("Car insurance (renewed)");
        browser.await(By.id("note-save")).click();
        browser.until(d -> board(d).contains("Car insurance (renewed)"));

        browser.await(By.xpath("//article[.//h2[contains(., 'Car insurance (renewed)')]]//button[@data-delete]")).click();
        browser.until(d -> !board(d).contains("Car insurance"));
        assertThat(board(browser.driver)).contains("Emma's birthday wish");
        browser.screenshot("notes-03-after-delete");
    }

    private static final String PACKING = "**Passport** and _tickets_\n\n- charger\n- socks <img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";

    @Test
    void aBodyIsRenderedAsSafeMarkdownAnExpiryCanBeSetAndANearDuplicateOffersTheExistingNote() throws Exception {
        browser.driver.get(node.base() + "/#/notes");
        String page = browser.until(d -> {
            String p = d.findElement(By.id("main")).getAttribute("data-page");
            return "notes".equals(p) || "login".equals(p) ? p : null;
        });
        if (page.equals("login")) {
            browser.await(By.id("login-username")).sendKeys(Accounts.ADMIN);
            browser.await(By.id("login-password")).sendKeys(Accounts.PASSWORD, Keys.ENTER);
            browser.until(d -> !"login".equals(d.findElement(By.id("main")).getAttribute("data-page")));
            browser.driver.get(node.base() + "/#/notes");
            browser.until(d -> "notes".equals(d.findElement(By.id("main")).getAttribute("data-page")));
        }

        browser.await(By.id("note-title")).sendKeys("Packing list");
        browser.await(By.id("note-body")).sendKeys(PACKING);
        // the datetime-local control's typing format follows the locale: set its value as the picker would
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('note-expires').value = '2031-06-01T09:30'");
        browser.await(By.id("note-save")).click();
        browser.until(d -> board(d).contains("Packing list"));
        var card = browser.await(By.xpath("//article[.//h2[contains(., 'Packing list')]]"));
        assertThat(card.findElement(By.cssSelector(".body strong")).getText()).isEqualTo("Passport");
        assertThat(card.findElements(By.cssSelector(".body li"))).hasSize(2);
        assertThat(card.findElements(By.cssSelector("img, script"))).isEmpty();
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(card.findElement(By.cssSelector(".expires")).getText()).startsWith("expires").contains("2031");
        browser.screenshot("notes-04-markdown-and-expiry");

        // the same list again: the page offers the existing note, and updating it keeps one note
        browser.await(By.id("note-title")).sendKeys("Packing list");
        browser.await(By.id("note-body")).sendKeys(PACKING.replace("Passport", "passport"));
        browser.await(By.id("note-save")).click();
        var offer = browser.await(By.id("note-similar"));
        assertThat(offer.getText()).contains("nearly like this").contains("Packing list");
        browser.screenshot("notes-05-similar-offered");
        browser.await(By.id("note-update-similar")).click();
        browser.until(d -> d.findElements(By.xpath("//div[@id='notes']/article[.//h2[contains(., 'Packing list')]]")).size() == 1
                && board(d).contains("passport") && d.findElement(By.id("note-similar")).getAttribute("hidden") != null);
        assertThat(board(browser.driver)).doesNotContain("Passport");
    }
}
