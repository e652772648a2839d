package aura.adapters.out.nvidia;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** nvidia-smi's CSV answer (csv,noheader,nounits), as the driver writes it, read into per-device gauges. */
class NvidiaSmiCsvTest {
    private static final double MIB = 1024.0 * 1024.0;

    @Test
    void everyDeviceGivesItsUtilisationMemoryAndTemperature() {
        var gauges = NvidiaSmiCsv.gauges("0, 87, 61440, 81559, 71\n1, 0, 1, 81559, 33\n");

        assertThat(gauges).containsOnly(
                entry("gpu.utilization:0", 0.87), entry("gpu.memory.used_bytes:0", 61440 * MIB),
                entry("gpu.memory.total_bytes:0", 81559 * MIB), entry("gpu.memory.used_fraction:0", 61440.0 / 81559),
                entry("gpu.temperature_c:0", 71.0),
                entry("gpu.utilization:1", 0.0), entry("gpu.memory.used_bytes:1", 1 * MIB),
                entry("gpu.memory.total_bytes:1", 81559 * MIB), entry("gpu.memory.used_fraction:1", 1.0 / 81559),
                entry("gpu.temperature_c:1", 33.0));
    }

    @Test
    void aFieldTheDeviceDoesNotReportLeavesOnlyItsMetricOut() {
        // a MIG-partitioned GPU has no whole-device utilisation; some boards report no memory use
        var gauges = NvidiaSmiCsv.gauges("0, [N/A], 9, 81559, 34\n1, 12, [Not Supported], 8192, [N/A]\n");

        assertThat(gauges).containsOnlyKeys("gpu.memory.used_bytes:0", "gpu.memory.total_bytes:0",
                "gpu.memory.used_fraction:0", "gpu.temperature_c:0", "gpu.utilization:1", "gpu.memory.total_bytes:1");
        assertThat(gauges.get("gpu.utilization:1")).isEqualTo(0.12);
    }

    @Test
    void anEmptyAnswerHasNoDevices() {
        assertThat(NvidiaSmiCsv.gauges("")).isEmpty();
        assertThat(NvidiaSmiCsv.gauges("\n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
            "index, utilization.gpu [%], memory.used [MiB], memory.total [MiB], temperature.gpu",
            "0, 87 %, 61440 MiB, 81559 MiB, 71",
            "0, 87, 61440, 81559",
            "0, 87, 61440, 81559, 71, 250.3",
            "[N/A], 87, 61440, 81559, 71",
            "0, -1, 61440, 81559, 71",
            "0, NaN, 61440, 81559, 71",
            "0, 87, 61440, 81559, 71\nNo devices were found"})
    void anythingElseRefusesTheWholeAnswer(String answer) {
        assertThatThrownBy(() -> NvidiaSmiCsv.gauges(answer)).isInstanceOf(IllegalArgumentException.class);
    }
}
