package aura.adapters.in.cli;

import aura.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad {@code aura.monitor.*} or {@code aura.policy.*} value (application.yml, a system property, an environment variable) stops
 * {@code serve} as it starts: exit status 2 and one line naming the key and what it may be, no stack trace.
 */
class ServeSettingsTest {
    @TempDir
    Path dataDir;
    private String key;

    @AfterEach
    void clear() {
        if (key != null) System.clearProperty(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "aura.monitor.sample-every|1ms|serve: aura.monitor.sample-every is a time from 100ms to 1m, written like 100ms, 5s, 48h or 30d; not '1ms'",
            "aura.monitor.raw-retention|fast|serve: aura.monitor.raw-retention is a time of at least 2m, written like 100ms, 5s, 48h or 30d; not 'fast'",
            "aura.policy.gatekeeper.guard-timeout|soon|serve: aura.policy.gatekeeper.guard-timeout is a time of at least 1ms, written like 100ms, 5s, 48h or 30d; not 'soon'",
            "aura.policy.limits.user.requests-per-minute|-3|serve: aura.policy.limits.user.requests-per-minute is a whole number of at least 0; not '-3'",
            "aura.policy.budget.tokens|lots|serve: aura.policy.budget.tokens is a whole number of at least 0; not 'lots'",
            "aura.policy.tiers.busy-load|0|serve: aura.policy.tiers.busy-load is a load above 0, like 0.8; not '0'",
            "aura.policy.gatekeeper.fail-open|maybe|serve: aura.policy.gatekeeper.fail-open is true or false; not 'maybe'"})
    void aBadMonitorOrPolicySettingStopsServeWithExit2AndOneLine(String key, String value, String line) {
        this.key = key;
        System.setProperty(key, value);

        CommandLineRun run = CommandLineRun.run("serve", "--data-dir", dataDir.toString(),
                "--port", String.valueOf(Services.freePort()), "--no-mdns");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(line + "\n");
    }
}
