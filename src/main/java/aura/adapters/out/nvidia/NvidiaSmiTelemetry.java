package aura.adapters.out.nvidia;

import aura.application.monitor.MonitorSettings;
import aura.application.monitor.port.Telemetry;
import aura.application.node.port.GpuProbe;
import aura.domain.monitor.Reading;
import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The GPUs' side of a monitor sample: utilisation, memory and temperature per device, asked of nvidia-smi
 * ({@code aura.monitor.nvidia-smi}, else the one on the PATH) where the GPU probe finds devices; a node without
 * one runs no process at all. Each call has {@code aura.monitor.nvidia-smi-timeout} to answer; one that does not
 * is asked to stop and the sample goes on without GPU figures, and while it is still running no second call is
 * started beside it. A failure is logged once, as one line, until a call answers again.
 */
@Singleton
public class NvidiaSmiTelemetry implements Telemetry {
    private static final Logger LOG = LoggerFactory.getLogger(NvidiaSmiTelemetry.class);
    /** Far more than any number of devices writes; a tool that writes more is not answering the query. */
    private static final int MOST_ANSWER_BYTES = 64 * 1024;

    private final GpuProbe probe;
    private final List<String> command;
    private final Duration timeout;
    private final Clock clock;
    private Process last;
    private boolean failing;

    @Inject
    public NvidiaSmiTelemetry(GpuProbe probe, @Property(name = "aura.monitor.nvidia-smi", defaultValue = "nvidia-smi") String executable,
                              MonitorSettings settings, Clock clock) {
        this(probe, executable, settings.gpuReadTimeout(), clock);
    }

    NvidiaSmiTelemetry(GpuProbe probe, String executable, Duration timeout, Clock clock) {
        this.probe = probe;
        List<String> words = new ArrayList<>(List.of(executable.strip()));
        words.addAll(NvidiaSmiCsv.QUERY);
        this.command = List.copyOf(words);
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public synchronized Reading read() {
        Instant at = clock.instant();
        if (!probe.probe().available()) return Reading.empty(at);
        if (last != null && last.isAlive()) {
            last.destroyForcibly(); // it ignored the request to stop at its deadline
            return Reading.empty(at);
        }
        try {
            Map<String, Double> gauges = NvidiaSmiCsv.gauges(ask());
            if (failing) LOG.info("GPU metrics are read again from {}", command.get(0));
            failing = false;
            return new Reading(at, gauges, Map.of());
        } catch (IOException | IllegalArgumentException e) {
            if (!failing) LOG.warn("GPU metrics left out of the samples until {} answers: {}", command.get(0), e.getMessage());
            failing = true;
            return Reading.empty(at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reading.empty(at);
        }
    }

    private String ask() throws IOException, InterruptedException {
        last = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!last.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            last.destroy();
            throw new IOException("it did not answer within " + timeout.toMillis() + " ms");
        }
        // the process has ended, so its whole answer is in the pipe
        String answer;
        try (InputStream out = last.getInputStream()) {
            answer = new String(out.readNBytes(MOST_ANSWER_BYTES), StandardCharsets.UTF_8);
        }
        if (last.exitValue() != 0) {
            String said = answer.strip().lines().findFirst().map(line -> " (" + line + ")").orElse("");
            throw new IOException("it exited with status " + last.exitValue() + said);
        }
        return answer;
    }

    /** A call still running when the node stops is not left behind. */
    @PreDestroy
    synchronized void stop() {
        if (last != null) last.destroyForcibly();
    }
}
