package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Browser;
import aura.testing.Http;
import aura.testing.InProcessNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Training page in Chromium: a refused start shows its field's error, a job runs with its progress bar, ETA,
 * node and attempt and its loss curve, is cancelled from the page, and a second job's model appears in the list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingUiTest {
    @TempDir
    static Path dataDir;
    private InProcessNode node;
    private Browser browser;
    private String dataset;

    @BeforeAll
    void start() throws Exception {
        System.setProperty("aura.training.poll-every", "200ms");
        node = InProcessNode.solo(dataDir, "trainer-ui");
        String token = node.adminToken();
        StringBuilder csv = new StringBuilder("cpu,memory\n");
        for (int t = 0; t < 300; t++) {
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f%n", 0.5 + 0.3 * Math.sin(t / 3.0), 0.6 + 0.1 * Math.cos(t / 5.0)));
        }
        dataset = TrainingApiTestAccess.upload(node.base(), token, csv.toString());
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (node != null) node.close();
        System.clearProperty("aura.training.poll-every");
    }

    private static String text(WebDriver d, String id) {
        try {
            return d.findElement(By.id(id)).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    private static String status(WebDriver d, String model) {
        try {
            var rows = d.findElements(By.xpath("//tbody[@id='training-jobs']/tr[.//button[@data-show][.='" + model + "']]"));
            return rows.isEmpty() ? "" : rows.get(0).findElement(By.cssSelector("[data-status]")).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    private void fill(String name, String value) {
        WebElement input = browser.await(By.name(name));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
    }

    @Test
    void aPersonStartsFollowsCancelsAndSeesTheModelOfATrainingJob() throws Exception {
        browser.driver.get(node.base() + "/#/login");
        browser.await(By.id("login-username")).sendKeys(Accounts.ADMIN);
        browser.await(By.id("login-password")).sendKeys(Accounts.PASSWORD, Keys.ENTER);
        browser.await(By.cssSelector("#nav a[data-page='training']")).click();
        browser.until(d -> "training".equals(d.findElement(By.id("main")).getAttribute("data-page")));

        fill("model_name", "ui-forecast");
        fill("training_data", "dataset:" + dataset);
        fill("epochs", "0");
        browser.await(By.id("training-start")).click();
        browser.until(d -> text(d, "training-epochs-error").contains("1..10000"));
        browser.screenshot("training-01-refused");

        fill("epochs", "3000");
        browser.await(By.id("training-start")).click();
        browser.until(d -> status(d, "ui-forecast").equals("training"));
        browser.until(d -> text(d, "training-curve-note").matches("([2-9]|\\d\\d+) points.*"));
        String row = browser.await(By.xpath("//tbody[@id='training-jobs']/tr[1]")).getText();
        assertThat(row).contains("trainer-ui").contains("epoch");
        browser.until(d -> !d.findElement(By.cssSelector("#training-jobs tr:first-child [data-eta]")).getText().equals("—"));
        browser.screenshot("training-02-running");
        browser.driver.executeScript("document.getElementById('training-jobs').scrollIntoView()");
        browser.screenshot("training-03-curve");

        browser.await(By.cssSelector("#training-jobs tr:first-child button[data-cancel]")).click();
        browser.until(d -> status(d, "ui-forecast").equals("cancelled"));

        fill("model_name", "ui-quick");
        fill("epochs", "2");
        browser.await(By.id("training-start")).click();
        long until = System.nanoTime() + 120_000_000_000L;
        while (!status(browser.driver, "ui-quick").matches("completed|failed")) {
            assertThat(System.nanoTime()).as("the second job ends within two minutes").isLessThan(until);
            Thread.sleep(200);
        }
        assertThat(status(browser.driver, "ui-quick")).isEqualTo("completed");
        browser.until(d -> text(d, "training-models").contains("ui-quick:1"));
        browser.driver.executeScript("document.getElementById('training-models').scrollIntoView()");
        browser.screenshot("training-04-model");
        assertThat(Http.json(node.base() + "/api/training/models", node.adminToken()).size()).isEqualTo(1);
    }
}
