package aura.adapters.in.web;

import aura.application.monitor.SampleNode;
import aura.testing.Http;
import aura.testing.SoloNode;
import aura.testing.StandInGpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node with a GPU, as it runs: its samples carry the device's figures that its nvidia-smi (a stand-in at the
 * path {@code aura.monitor.nvidia-smi} names) answers, and they read back from {@code /api/monitor/metrics}.
 */
class MonitorGpuApiTest {
    @RegisterExtension
    static final SoloNode NODE = SoloNode.named("gpu-box").withProperty("aura.monitor.sample-every", "1m")
            .withProperty("aura.test.gpus", "true").withProperty("aura.monitor.nvidia-smi", StandInGpus.nvidiaSmi().toString());

    @Test
    void theNodesSamplesCarryItsGpuFigures() {
        var sample = NODE.bean(SampleNode.class).sample();
        assertThat(sample.values()).containsEntry("gpu.utilization:0", 0.87).containsEntry("gpu.temperature_c:0", 71.0)
                .containsEntry("gpu.memory.used_fraction:0", 61440.0 / 81559).containsKey("memory.used_bytes");

        var current = Http.json(NODE.base() + "/api/monitor/metrics/current", NODE.token()).get("values");
        assertThat(current.get("gpu.memory.total_bytes:0").getDoubleValue()).isEqualTo(81559 * 1024.0 * 1024.0);
        var history = Http.json(NODE.base() + "/api/monitor/metrics/history?metric=gpu.utilization:0&hours=1", NODE.token());
        assertThat(history.get("points").get(0).get("value").getDoubleValue()).isEqualTo(0.87);
    }
}
