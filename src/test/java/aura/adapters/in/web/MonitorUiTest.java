package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Browser;
import aura.testing.SoloNode;
import aura.testing.StandInGpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Monitor page in headless Chromium against a solo node sampling every 200 ms, with a GPU that a stand-in
 * nvidia-smi reports on: the node's card fills from the WebSocket stream, the charts draw (the GPU's too), the
 * persistence diagram, Betti numbers, risk gauge and time to failure come from the analysis, and the alerts table
 * lists the rules with their states. Saved under target/screenshots/.
 */
class MonitorUiTest {
    @RegisterExtension
    static final SoloNode NODE = SoloNode.named("watched-ui").withProperty("aura.monitor.sample-every", "200ms")
            .withProperty("aura.test.gpus", "true").withProperty("aura.monitor.nvidia-smi", StandInGpus.nvidiaSmi().toString());
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        NODE.token(); // creates the admin
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static String text(WebDriver d, String css) {
        try {
            return d.findElement(By.cssSelector(css)).getText();
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    @Test
    void thePersonWatchesTheNodeLive() throws Exception {
        browser.driver.get(NODE.base() + "/#/login");
        browser.await(By.id("login-username")).sendKeys(Accounts.ADMIN);
        browser.await(By.id("login-password")).sendKeys(Accounts.PASSWORD, Keys.ENTER);
        browser.await(By.cssSelector("#nav a[data-page='monitor']")).click();
        browser.until(d -> "monitor".equals(d.findElement(By.id("main")).getAttribute("data-page")));

        browser.until(d -> text(d, "#monitor-status").startsWith("Live"));
        // The card's anomaly score comes only from score messages on the WebSocket.
        browser.until(d -> text(d, "#monitor-nodes [data-node='watched-ui'] .score").matches("\\d\\.\\d\\d"));
        browser.await(By.cssSelector("#monitor-chart canvas"));
        browser.until(d -> text(d, "#monitor-gpu-now").equals("GPU 0: 87% busy, memory 75%, 71 °C"));
        browser.await(By.cssSelector("#monitor-gpus #monitor-gpu-chart canvas"));
        browser.until(d -> text(d, "#monitor-alerts").contains("memory_exhausted"));
        assertThat(text(browser.driver, "#monitor-alerts")).contains("failure_risk").contains("inactive");
        browser.until(d -> text(d, "#monitor-betti").matches("Betti numbers: b0 \\d+, b1 \\d+, b2 \\d+"));
        assertThat(browser.await(By.id("monitor-diagram")).getAttribute("aria-label")).contains("bars");
        browser.until(d -> text(d, "#monitor-risk-text").startsWith("Failure risk: ") && !text(d, "#monitor-risk-text").endsWith("—"));
        assertThat(text(browser.driver, "#monitor-ttf")).startsWith("Time to failure:").contains("memory.used_fraction");
        assertThat(text(browser.driver, "#monitor-drained")).isEqualTo("Takes new generations.");
        Thread.sleep(1500); // a few more points on the chart for the picture
        browser.screenshot("monitor-01-live");
        browser.driver.executeScript("document.getElementById('monitor-shape-h').scrollIntoView()");
        browser.screenshot("monitor-02-shape-risk-alerts");
    }
}
