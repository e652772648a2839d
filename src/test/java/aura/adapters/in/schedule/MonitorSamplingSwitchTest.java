package aura.adapters.in.schedule;

import aura.testing.InProcessNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code aura.monitor.enabled: false} stops the node sampling itself; by default it samples. */
class MonitorSamplingSwitchTest {
    @TempDir
    Path dir;

    @Test
    void aNodeSamplesItselfUnlessTheMonitorIsSwitchedOff() {
        try (var on = InProcessNode.solo(dir.resolve("on"), "sampling")) {
            assertThat(on.context().containsBean(MonitorSampling.class)).isTrue();
        }
        System.setProperty("aura.monitor.enabled", "false");
        try (var off = InProcessNode.solo(dir.resolve("off"), "quiet")) {
            assertThat(off.context().containsBean(MonitorSampling.class)).isFalse();
        } finally {
            System.clearProperty("aura.monitor.enabled");
        }
    }
}
