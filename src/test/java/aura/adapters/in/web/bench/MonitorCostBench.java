package aura.adapters.in.web.bench;

import aura.application.monitor.ObserveNode;
import aura.application.monitor.RollUpHistory;
import aura.domain.monitor.DetectorParameters;
import aura.domain.monitor.NodeOutlook;
import aura.domain.monitor.NodeTopology;
import aura.domain.monitor.Sample;
import aura.domain.monitor.SeriesDetector;
import aura.domain.monitor.ThresholdWatch;
import aura.testing.InProcessNode;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What the monitor costs a node, in process:
 * (1) one whole tick on a running solo node ({@link ObserveNode#observe}: host read, H2 writes, detector over every
 * series, outlook, alerts, stream), thread CPU and wall time over {@code ticks} ticks, and what that is at one tick
 * per 5 s;
 * (2) the idle node's process CPU in alternated windows of {@code window-seconds}, {@code rounds} times: one with the
 * monitor sampling on the default schedule (a tick every 5 s, the roll-up every 60 s) and one with it stopped, so
 * their difference is the monitor's own share and the rest (heartbeats, the server, the pool, GC) cancels out. The
 * node runs with {@code aura.monitor.enabled=false} and this bench drives the same two calls on that schedule itself,
 * which is how it can stop them mid-run;
 * (3) the heap the monitor's in-memory state takes for 40 series (after a full GC, before and after building and
 * warming it);
 * (4) one node-shape window (24 samples of 20 metrics, Rips in dimensions 0–2 and the summaries) and one
 * time-to-threshold step (liquid network and trend).
 * Usage: MonitorCostBench [ticks=300] [window-seconds=30] [rounds=4]
 */
public final class MonitorCostBench {
    public static void main(String[] args) throws Exception {
        int ticks = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int windowSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "# java %s, %d processors, load average %.1f before the run%n",
                System.getProperty("java.version"), os.getAvailableProcessors(), os.getSystemLoadAverage());

        System.setProperty("aura.monitor.enabled", "false"); // the bench keeps the schedule, to stop it at will
        var node = InProcessNode.solo(Files.createTempDirectory("aura-monitor-cost"), "costed");
        var schedule = Executors.newSingleThreadScheduledExecutor();
        try {
            var observe = node.context().getBean(ObserveNode.class);
            var rollUp = node.context().getBean(RollUpHistory.class);
            Thread.sleep(5000); // started
            for (int i = 0; i < 20; i++) observe.observe();
            double[] cpu = new double[ticks];
            double[] wall = new double[ticks];
            int series = 0;
            for (int i = 0; i < ticks; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                series = observe.observe().values().size();
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                wall[i] = (System.nanoTime() - w) / 1e6;
                Thread.sleep(20);
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            double meanCpu = Arrays.stream(cpu).average().orElse(0);
            System.out.printf(Locale.ROOT, "one monitor tick (%d series): thread CPU mean %.2f ms p50 %.2f p95 %.2f; wall p50 %.2f p95 %.2f ms; "
                    + "at one tick per 5 s: %.3f %% of one core%n", series, meanCpu, cpu[ticks / 2], cpu[(int) (ticks * 0.95)],
                    wall[ticks / 2], wall[(int) (ticks * 0.95)], 100 * meanCpu / 5000);

            Thread.sleep(5000); // the ticks' garbage and writes settle before the first window
            double[] sampling = new double[rounds];
            double[] stopped = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                var ticking = List.of(schedule.scheduleWithFixedDelay(observe::observe, 0, 5, TimeUnit.SECONDS),
                        schedule.scheduleWithFixedDelay(rollUp::rollUp, 30, 60, TimeUnit.SECONDS));
                sampling[r] = processCpu(os, windowSeconds);
                ticking.forEach(f -> f.cancel(false));
                stopped[r] = processCpu(os, windowSeconds);
                System.out.printf(Locale.ROOT, "idle node, round %d of %d (%d s windows): monitor sampling %.2f %%, stopped %.2f %%, "
                        + "monitor's share %.2f %% of one core%n", r + 1, rounds, windowSeconds, 100 * sampling[r],
                        100 * stopped[r], 100 * (sampling[r] - stopped[r]));
            }
            double on = Arrays.stream(sampling).average().orElse(0);
            double off = Arrays.stream(stopped).average().orElse(0);
            double[] share = new double[rounds];
            for (int r = 0; r < rounds; r++) share[r] = sampling[r] - stopped[r];
            Arrays.sort(share);
            System.out.printf(Locale.ROOT, "idle node, monitor's own share: %.2f %% of one core (sampling %.2f %% minus stopped %.2f %%; "
                    + "rounds from %.2f to %.2f %%)%n", 100 * (on - off), 100 * on, 100 * off, 100 * share[0], 100 * share[rounds - 1]);
            System.out.printf(Locale.ROOT, "idle node, whole process: %.2f %% of one core with the default 5 s sampling "
                    + "(%d windows of %d s; heartbeats, server, pool and GC included)%n", 100 * on, rounds, windowSeconds);
        } finally {
            schedule.shutdownNow();
            node.close();
        }

        var rng = new SplittableRandom(7);
        long heapBefore = heapAfterGc();
        List<SeriesDetector> detectors = new ArrayList<>();
        for (int i = 0; i < 40; i++) detectors.add(new SeriesDetector(DetectorParameters.defaults()));
        var outlook = new NodeOutlook();
        for (int t = 0; t < 500; t++) {
            Map<String, Double> values = new TreeMap<>();
            for (int i = 0; i < 40; i++) {
                double v = 0.5 + 0.1 * Math.sin(t / 7.0 + i) + 0.02 * rng.nextGaussian();
                detectors.get(i).next(v, Instant.ofEpochSecond(5L * t));
                values.put(i == 0 ? "memory.used_fraction" : i == 1 ? "disk.used_fraction:/" : "metric.m" + i, v);
            }
            outlook.next(new Sample("costed", Instant.ofEpochSecond(5L * t), values), 0.1, "metric.m2");
        }
        long heapAfter = heapAfterGc();
        System.out.printf(Locale.ROOT, "monitor state for 40 series, warmed over 500 samples: %.0f KiB of heap (%d detectors + outlook)%n",
                (heapAfter - heapBefore) / 1024.0, detectors.size());
        if (outlook.topology().isEmpty() || detectors.isEmpty()) throw new IllegalStateException("nothing was kept");

        double[][] cloud = new double[24][20];
        double[] window = timeMicros(200, 9, () -> {
            for (double[] row : cloud) for (int j = 0; j < row.length; j++) row[j] = rng.nextGaussian();
            return NodeTopology.of("costed", Instant.EPOCH, cloud, null).entropy();
        });
        var watch = new ThresholdWatch("memory exhausted", "memory.used_fraction", 0.95, 600);
        long[] at = {0};
        double[] step = timeMicros(5000, 9, () -> {
            at[0] += 5;
            watch.next(Instant.ofEpochSecond(at[0]), 0.5 + 0.01 * rng.nextGaussian());
            return watch.estimate().value();
        });
        System.out.printf(Locale.ROOT, "node-shape window (24 samples x 20 metrics, H0-H2 + summaries): best %.0f µs median %.0f µs%n", window[0], window[1]);
        System.out.printf(Locale.ROOT, "time-to-threshold step (LNN forecast + trend): best %.1f µs median %.1f µs%n", step[0], step[1]);
    }

    private interface Work {
        double run();
    }

    private static double[] timeMicros(int perRound, int rounds, Work work) {
        double sink = 0;
        for (int i = 0; i < perRound * 3; i++) sink += work.run();
        double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < perRound; i++) sink += work.run();
            micros[r] = (System.nanoTime() - t) / 1e3 / perRound;
        }
        if (Double.isNaN(sink)) throw new IllegalStateException("NaN");
        Arrays.sort(micros);
        return new double[]{micros[0], micros[rounds / 2]};
    }

    /** The process's CPU over the next {@code seconds}, in cores. */
    private static double processCpu(com.sun.management.OperatingSystemMXBean os, int seconds) throws InterruptedException {
        long before = os.getProcessCpuTime();
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        return (os.getProcessCpuTime() - before) / (double) (System.nanoTime() - start);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
