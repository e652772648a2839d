package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;
import aura.domain.tda.PersistenceDiagram;
import aura.domain.tda.PersistenceInterval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code aura-node tda bench}: times the TDA engine on the cases of {@link TdaBenchCases} after warm-up, and prints
 * the best and median wall time and the heap each case needed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the TDA engine: best and median of several runs after warm-up, and heap used.")
class TdaBenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "7", description = "timed runs per case (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "untimed runs first, at least 1 (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--case", paramLabel = "NAME", split = ",", description = "only these cases (default: all)")
    Set<String> only;

    @Option(names = "--write-inputs", paramLabel = "DIR",
            description = "write the clouds (CSV) and the H1 diagrams (birth death) of the cases to DIR, and stop")
    Path inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 1) throw new InvalidInput("--runs", "--runs and --warmup must be at least 1");
        PrintWriter out = spec.commandLine().getOut();
        if (inputs != null) {
            writeInputs(out);
            return 0;
        }
        List<TdaBenchCases.Case> cases = TdaBenchCases.all().stream()
                .filter(c -> only == null || only.contains(c.name())).toList();
        if (cases.isEmpty()) {
            throw new InvalidInput("--case", "--case: no such case (known: " + TdaBenchCases.all().stream()
                    .map(TdaBenchCases.Case::name).collect(Collectors.joining(", ")) + ")");
        }
        out.printf(Locale.ROOT, "# java %s, %d processors, max heap %.0f MiB; %d warm-up + %d timed runs per case%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576.0, warmup, runs);
        out.printf(Locale.ROOT, "%-18s %11s %11s %10s %10s  %s%n", "case", "best ms", "median ms", "peak MiB", "live MiB", "result");
        for (TdaBenchCases.Case c : cases) {
            out.println(measure(c));
            out.flush();
        }
        return 0;
    }

    private String measure(TdaBenchCases.Case c) {
        Object result = null;
        for (int i = 0; i < warmup; i++) result = c.task().get();
        double[] millis = new double[runs];
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = usedHeap();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            result = c.task().get();
            millis[r] = (System.nanoTime() - start) / 1e6;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Object kept = result; // keep the last result reachable while measuring what stays live
        System.gc();
        long live = usedHeap() - before;
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-18s %11.3f %11.3f %10.1f %10.1f  %s", c.name(), millis[0],
                millis[runs / 2], peak / 1048576.0, Math.max(0, live) / 1048576.0, TdaBenchCases.summary(kept));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private void writeInputs(PrintWriter out) {
        try {
            Files.createDirectories(inputs);
            for (TdaBenchCases.Cloud cloud : TdaBenchCases.CLOUDS) {
                StringBuilder csv = new StringBuilder();
                var points = cloud.points();
                for (int i = 0; i < points.size(); i++) {
                    double[] p = points.point(i);
                    for (int k = 0; k < p.length; k++) csv.append(k == 0 ? "" : ",").append(p[k]);
                    csv.append('\n');
                }
                Files.writeString(inputs.resolve(cloud.name() + ".csv"), csv);
            }
            List<PersistenceDiagram> h1 = TdaBenchCases.h1Diagrams();
            writeDiagram(inputs.resolve("h1-cube-1000-r3.txt"), h1.get(0));
            writeDiagram(inputs.resolve("h1-cube-2000-r3.txt"), h1.get(1));
        } catch (IOException e) {
            throw new UncheckedIOException(inputs + ": " + e.getMessage(), e);
        }
        out.println("wrote the benchmark inputs to " + inputs);
        out.flush();
    }

    private static void writeDiagram(Path file, PersistenceDiagram diagram) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PersistenceInterval bar : diagram.intervals()) {
            text.append(bar.birth()).append(' ').append(bar.isInfinite() ? "inf" : Double.toString(bar.death())).append('\n');
        }
        Files.writeString(file, text);
    }
}
