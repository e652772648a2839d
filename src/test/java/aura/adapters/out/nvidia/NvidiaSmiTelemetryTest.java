package aura.adapters.out.nvidia;

import aura.adapters.out.inprocess.NoMeshMonitorEvents;
import aura.adapters.out.oshi.OshiHostTelemetry;
import aura.application.mesh.GenerationLoad;
import aura.application.monitor.AlertBook;
import aura.application.monitor.MonitorFeed;
import aura.application.monitor.SampleNode;
import aura.application.node.ThisNode;
import aura.application.node.port.GpuProbe;
import aura.domain.mesh.ServedModel;
import aura.domain.monitor.AlertRules;
import aura.domain.monitor.Sample;
import aura.domain.node.GpuDevice;
import aura.domain.node.GpuInventory;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;
import aura.testing.StoredPoints;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GPUs in a node's real samples (the host read with OSHI beside them), asked of a stand-in nvidia-smi: a
 * script that answers the query in nvidia-smi's own CSV, one that hangs, one that fails as nvidia-smi does
 * without its driver (exit 9).
 */
class NvidiaSmiTelemetryTest {
    private static final String QUERY = "--query-gpu=index,utilization.gpu,memory.used,memory.total,temperature.gpu";
    private static final GpuProbe TWO_GPUS = () -> new GpuInventory(List.of(
            new GpuDevice(0, "NVIDIA H100 80GB HBM3", 81559), new GpuDevice(1, "NVIDIA H100 80GB HBM3", 81559)));
    private static final GenerationLoad IDLE = new GenerationLoad() {
        public List<ServedModel> servedModels() { return List.of(); }
        public int activeGenerations() { return 0; }
        public int queuedGenerations() { return 0; }
    };

    @TempDir
    Path dir;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(NvidiaSmiTelemetry.class);
    private NvidiaSmiTelemetry gpus;

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
        if (gpus != null) gpus.stop();
    }

    /** A stand-in nvidia-smi: notes each call in {@code calls}, then runs {@code body}. */
    private Path standIn(String body) throws IOException {
        Path script = dir.resolve("nvidia-smi");
        Files.writeString(script, "#!/bin/sh\necho \"$@\" >> " + dir.resolve("calls") + "\n" + body + "\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    private Path answering() throws IOException {
        return standIn("[ \"$1\" = \"" + QUERY + "\" ] && [ \"$2\" = \"--format=csv,noheader,nounits\" ] || exit 2\n"
                + "printf '0, 87, 61440, 81559, 71\\n1, [N/A], 1, 81559, 33\\n'");
    }

    private Path failing() throws IOException {
        return standIn("echo \"NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. "
                + "Make sure that the latest NVIDIA driver is installed and running.\"\nexit 9");
    }

    private long calls() throws IOException {
        Path calls = dir.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
    }

    private SampleNode sampler(GpuProbe probe, Path executable, Duration timeout) {
        Clock clock = Clock.systemUTC();
        gpus = new NvidiaSmiTelemetry(probe, executable.toString(), timeout, clock);
        ThisNode node = new ThisNode(new NodeIdentity("gpu-box", Role.COMPUTE, Mode.SOLO, "1"), "127.0.0.1", 3000, false);
        return new SampleNode(node, List.of(new OshiHostTelemetry(clock), gpus), IDLE, () -> 0, new StoredPoints(),
                new MonitorFeed(new NoMeshMonitorEvents(), new AlertBook(AlertRules.defaults())), clock);
    }

    private static List<String> gpuMetrics(Sample sample) {
        return sample.values().keySet().stream().filter(m -> m.startsWith("gpu.")).toList();
    }

    @Test
    void theSampleCarriesEachDevicesUtilisationMemoryAndTemperature() throws IOException {
        var sample = sampler(TWO_GPUS, answering(), Duration.ofSeconds(10)).sample();

        assertThat(sample.values()).containsEntry("gpu.utilization:0", 0.87)
                .containsEntry("gpu.memory.used_bytes:0", 61440 * 1024.0 * 1024.0)
                .containsEntry("gpu.memory.total_bytes:0", 81559 * 1024.0 * 1024.0)
                .containsEntry("gpu.memory.used_fraction:0", 61440.0 / 81559)
                .containsEntry("gpu.temperature_c:0", 71.0)
                .containsEntry("gpu.temperature_c:1", 33.0)
                .doesNotContainKey("gpu.utilization:1") // [N/A]
                .containsKeys("memory.used_bytes", "process.count");
        assertThat(calls()).isEqualTo(1);
        assertThat(log.list).isEmpty();
    }

    @Test
    void aNodeWithoutAGpuRunsNoProcess() throws IOException {
        var sample = sampler(GpuInventory::none, answering(), Duration.ofSeconds(10)).sample();

        assertThat(gpuMetrics(sample)).isEmpty();
        assertThat(sample.values()).containsKey("memory.used_bytes");
        assertThat(calls()).isZero();
    }

    @Test
    void aFailingNvidiaSmiLeavesTheOtherMetricsAndIsLoggedOnceInOneLine() throws IOException {
        var sampler = sampler(TWO_GPUS, failing(), Duration.ofSeconds(10));
        var first = sampler.sample();
        var second = sampler.sample();

        for (Sample sample : List.of(first, second)) {
            assertThat(gpuMetrics(sample)).isEmpty();
            assertThat(sample.values()).containsKeys("memory.used_bytes", "memory.used_fraction", "process.count");
        }
        assertThat(second.values()).containsKey("cpu.load");
        assertThat(calls()).isEqualTo(2); // tried again at each sample
        assertThat(log.list).hasSize(1);
        assertThat(log.list.get(0).getFormattedMessage()).contains("status 9", "NVIDIA-SMI has failed");
        assertThat(log.list.get(0).getThrowableProxy()).isNull();
    }

    @Test
    void theGpuFiguresComeBackOnceNvidiaSmiAnswersAgain() throws IOException {
        var sampler = sampler(TWO_GPUS, failing(), Duration.ofSeconds(10));
        assertThat(gpuMetrics(sampler.sample())).isEmpty();

        answering();
        assertThat(gpuMetrics(sampler.sample())).contains("gpu.utilization:0", "gpu.temperature_c:1");
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(2).last().asString().contains("read again");
    }

    @Test
    void aHungNvidiaSmiIsLeftAtItsDeadlineAndNoSecondCallStartsBesideIt() throws IOException {
        // ignores the request to stop, as nvidia-smi stuck in the driver does
        var sampler = sampler(TWO_GPUS, standIn("trap '' TERM\nexec sleep 60"), Duration.ofSeconds(1));
        long start = System.nanoTime();
        var first = sampler.sample();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        var second = sampler.sample();

        assertThat(took).isLessThan(Duration.ofSeconds(30)); // it did not wait for the hang to end
        assertThat(gpuMetrics(first)).isEmpty();
        assertThat(first.values()).containsKey("memory.used_bytes");
        assertThat(gpuMetrics(second)).isEmpty();
        assertThat(second.values()).containsKey("memory.used_bytes");
        assertThat(calls()).isEqualTo(1);
        assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("did not answer within 1000 ms");
    }
}
