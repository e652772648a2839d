package aura.adapters.in.cli;

import aura.application.memory.MeasureMemory;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micronaut.context.ApplicationContext;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code aura-node notes bench}: memory's speed in this process — model load, embedding throughput, the index
 * built from N notes at start, the heap it holds, search p50/p99 including the question's embedding. Nothing is
 * read from or written to any database.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the sentence model, the note index's build from N notes, its heap and search latency.")
class NotesBenchCommand implements Callable<Integer> {
    @Option(names = "--notes", defaultValue = "100000", paramLabel = "N", description = "notes in the index (default: ${DEFAULT-VALUE})")
    int notes;

    @Option(names = "--owners", defaultValue = "10", paramLabel = "N", description = "people the notes belong to (default: ${DEFAULT-VALUE})")
    int owners;

    @Option(names = "--searches", defaultValue = "300", paramLabel = "N", description = "timed searches (default: ${DEFAULT-VALUE})")
    int searches;

    @Option(names = "--embeddings", defaultValue = "300", paramLabel = "N", description = "timed embeddings of 12-word texts (default: ${DEFAULT-VALUE})")
    int embeddings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var workload = new MeasureMemory.Workload(notes, owners, searches, embeddings);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var system = ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "# java %s, %d processors, max heap %d MB; %d notes, %d owners, %d searches; load average %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, notes, owners, searches, system.getSystemLoadAverage());
        out.flush();
        MeasureMemory.Figures f;
        // the tokenizer library warns about GPUs it does not use; the figures are what this command prints
        ((Logger) LoggerFactory.getLogger("ai.djl")).setLevel(Level.ERROR);
        try (ApplicationContext context = CommandContext.start()) {
            f = context.getBean(MeasureMemory.class).measure(workload, line -> {
                err.println(line);
                err.flush();
            });
        }
        out.printf(Locale.ROOT, "model load        %8.0f ms%n", f.modelLoadMillis());
        out.printf(Locale.ROOT, "embedding         %8.1f ms per 12-word text, %.0f texts/s (one thread)%n",
                f.embedMillis(), 1000 / f.embedMillis());
        out.printf(Locale.ROOT, "index build       %8.1f s for %d notes, %.0f notes/s (%.1f s of the building thread's CPU)%n",
                f.buildSeconds(), notes, notes / f.buildSeconds(), f.buildCpuSeconds());
        out.printf(Locale.ROOT, "index heap        %8d MB%n", f.indexHeapBytes() >> 20);
        out.printf(Locale.ROOT, "search p50        %8.1f ms (embedding + BM25 + HNSW + fusion, k=10)%n", f.searchP50Millis());
        out.printf(Locale.ROOT, "search p99        %8.1f ms%n", f.searchP99Millis());
        out.printf(Locale.ROOT, "  of which the question's embedding: p50 %.1f ms, p99 %.1f ms%n", f.questionP50Millis(), f.questionP99Millis());
        out.printf(Locale.ROOT, "# load average %.2f at the end (above about 1.5 on this machine: figures taken under load)%n",
                system.getSystemLoadAverage());
        out.flush();
        return 0;
    }
}
