package aura.adapters.out.cuda;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class CudaGpuProbeTest {
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void release() {
        root.detachAppender(log);
    }

    @Test
    void aMachineWithoutCudaDriverReportsNoGpuWithinASecondAndNoStackTrace() {
        assumeFalse(CudaGpuProbe.nvidiaDriverPresent(), "this machine has an NVIDIA driver");
        long start = System.nanoTime();
        var gpu = new CudaGpuProbe().probe();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(gpu.available()).isFalse();
        assertThat(gpu.devices()).isEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(log.list).noneMatch(e -> e.getThrowableProxy() != null);
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage().contains("no GPU"));
    }

    @Test
    void aMissingCudaRuntimeBehindADriverIsNoGpuRatherThanACrash() {
        assumeFalse(CudaGpuProbe.nvidiaDriverPresent(), "this machine has a working CUDA stack");
        var gpu = new CudaGpuProbe(() -> true).probe();

        assertThat(gpu.available()).isFalse();
        assertThat(log.list).noneMatch(e -> e.getThrowableProxy() != null);
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage().contains("CUDA runtime not usable"));
    }

    @Test
    void theAnswerIsCached() {
        var probe = new CudaGpuProbe(() -> false);
        assertThat(probe.probe()).isSameAs(probe.probe());
    }
}
