package aura.adapters.in.web;

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

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage page in Chromium: the budget bar at its state, the chart of tokens per day and model (uPlot), the
 * month's lines; an admin's budget form and gatekeeper rules, where bad input is shown on its field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageUiTest {
    static final int PER_ANSWER = 12 + StandInBackend.tokens(StandInBackend.ANSWER).size();
    @TempDir
    static Path dataDir;
    private StandInBackend model;
    private InProcessNode node;
    private Browser browser;
    private String admin;

    @BeforeAll
    void start() throws Exception {
        System.setProperty("aura.routing.calibration.enabled", "false");
        System.setProperty("aura.policy.prices", "llama3:8b=1000/2000");
        System.setProperty("aura.policy.fallback.execution", "llama3:8b");
        model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b", "tiny:1b");
        node = InProcessNode.solo(dataDir, "usage-ui", Map.of("AURA_BACKEND", model.spec()));
        admin = node.adminToken();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (node != null) node.close();
        if (model != null) model.close();
        System.clearProperty("aura.routing.calibration.enabled");
        System.clearProperty("aura.policy.prices");
        System.clearProperty("aura.policy.fallback.execution");
    }

    private void complete(String modelName) {
        var answer = Http.post(node.base() + "/v1/chat/completions", "{\"model\":\"" + modelName
                + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}", admin);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void anAdminSeesTheirBudgetBarTheChartPerModelAndEditsBudgetsAndRules() throws Exception {
        // two answers of one model and one of another: 3 of the 3.3 answers' tokens the budget allows (about 90 %)
        var budget = Http.send("PUT", node.base() + "/api/usage/budgets/admin", "{\"tokens\":" + (PER_ANSWER * 33 / 10) + "}", admin);
        assertThat(budget.statusCode()).isEqualTo(204);
        complete("llama3:8b");
        complete("llama3:8b");
        complete("tiny:1b");

        browser.driver.get(node.base() + "/#/login");
        browser.await(By.id("login-username")).sendKeys(Accounts.ADMIN);
        browser.await(By.id("login-password")).sendKeys(Accounts.PASSWORD, Keys.ENTER);
        browser.await(By.cssSelector("#nav a[data-page='usage']")).click();
        browser.until(d -> "true".equals(d.findElement(By.cssSelector("#main .page")).getAttribute("data-loaded")));

        var bar = browser.await(By.id("budget-tokens"));
        assertThat(bar.getAttribute("data-state")).isEqualTo("nearly-spent");
        assertThat(bar.getText()).contains((3 * PER_ANSWER) + " of " + (PER_ANSWER * 33 / 10) + " tokens").contains("% used");
        assertThat(browser.await(By.id("budget-state")).getText()).contains("over 80 %");
        browser.await(By.cssSelector("#usage-chart .uplot canvas"));
        String legend = browser.await(By.cssSelector("#usage-chart .u-legend")).getText();
        assertThat(legend).contains("llama3:8b").contains("tiny:1b");
        String lines = browser.await(By.id("usage-lines")).getText();
        assertThat(lines).contains("llama3:8b").contains("tiny:1b").contains("admin");
        browser.screenshot("usage-01-page");

        // a negative budget is refused on its field, and nothing changes
        browser.await(By.id("budget-username")).sendKeys("admin");
        browser.await(By.id("budget-tokens-limit")).sendKeys("-5");
        browser.await(By.id("budget-save")).click();
        browser.until(d -> "true".equals(d.findElement(By.id("budget-tokens-limit")).getAttribute("aria-invalid")));
        assertThat(browser.await(By.id("budget-tokens-limit-error")).getText()).contains("never negative");
        assertThat(Http.get(node.base() + "/api/usage", admin).body()).contains("\"tokens\":" + (PER_ANSWER * 33 / 10));

        // a negative price is refused on the prices field; a good list is in force at once
        var prices = browser.await(By.id("settings-prices"));
        prices.clear();
        prices.sendKeys("llama3:8b=-1/2");
        browser.await(By.id("prices-save")).click();
        browser.until(d -> "true".equals(d.findElement(By.id("settings-prices")).getAttribute("aria-invalid")));
        assertThat(browser.await(By.id("settings-prices-error")).getText()).contains("never negative");
        prices.clear();
        prices.sendKeys("llama3:8b=1/2, tiny:1b=0.5/0.5");
        browser.await(By.id("prices-save")).click();
        browser.until(d -> d.findElement(By.id("settings-now")).getText().contains("tiny:1b=0.5/0.5"));
        browser.await(By.id("settings-model")).sendKeys("tiny:1b");
        browser.await(By.id("tier-save")).click();
        browser.until(d -> d.findElement(By.id("settings-now")).getText().contains("Execution: tiny:1b (then llama3:8b)"));

        // a rule that does not compile is refused on the pattern; a good one joins the list
        browser.await(By.id("rule-name")).sendKeys("codename");
        browser.await(By.id("rule-pattern")).sendKeys("(bluebird");
        browser.await(By.id("rule-save")).click();
        browser.until(d -> "true".equals(d.findElement(By.id("rule-pattern")).getAttribute("aria-invalid")));
        assertThat(browser.await(By.id("rule-pattern-error")).getText()).contains("does not compile");
        assertThat(browser.await(By.id("rules")).getText()).doesNotContain("codename");
        browser.screenshot("usage-02-bad-rule");
        var pattern = browser.await(By.id("rule-pattern"));
        pattern.clear();
        pattern.sendKeys("project\\s+bluebird");
        browser.await(By.id("rule-save")).click();
        browser.until(d -> d.findElement(By.id("rules")).getText().contains("codename"));
        assertThat(browser.await(By.id("rules")).getText()).contains("card-number").contains("phone-number");
        browser.screenshot("usage-03-rules");
    }
}
