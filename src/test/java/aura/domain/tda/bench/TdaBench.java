package aura.domain.tda.bench;

import aura.domain.tda.Barcode;
import aura.domain.tda.BottleneckDistance;
import aura.domain.tda.PersistenceDiagram;
import aura.domain.tda.PointCloud;
import aura.domain.tda.RipsParameters;
import aura.domain.tda.VietorisRips;
import aura.domain.tda.WassersteinDistance;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Timing harness for the TDA engine (not a test): best of several runs after warm-up.
 * Run with {@code java -cp <test-classes>:<classes> aura.domain.tda.bench.TdaBench [runs]}.
 */
public final class TdaBench {

    private static int runs = 5;

    public static void main(String[] args) {
        if (args.length > 0) {
            runs = Integer.parseInt(args[0]);
        }
        RipsParameters h1 = RipsParameters.defaults();
        PointCloud cube1000 = cube(1000, 3, 1);
        PointCloud cube2000 = cube(2000, 3, 2);
        Barcode b1000 = time("H0+H1, 1000 points in [0,1]^3", () -> VietorisRips.barcode(cube1000, h1));
        Barcode b2000 = time("H0+H1, 2000 points in [0,1]^3", () -> VietorisRips.barcode(cube2000, h1));
        time("H0..H2, 500 points in [0,1]^3",
                () -> VietorisRips.barcode(cube(500, 3, 3), h1.withMaxDimension(2)));
        PointCloud r8 = cube(50, 8, 4);
        time("H0+H1, 50 points in [0,1]^8", () -> VietorisRips.barcode(r8, h1));
        PersistenceDiagram a = b1000.diagram(1);
        PersistenceDiagram b = b2000.diagram(1);
        System.out.printf(Locale.ROOT, "H1 diagram sizes: %d and %d%n", a.size(), b.size());
        time("Wasserstein-2 between the H1 diagrams", () -> WassersteinDistance.distance(a, b, 2));
        time("bottleneck between the H1 diagrams", () -> BottleneckDistance.distance(a, b));
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used now %.1f MiB, total %.1f MiB, max %.1f MiB%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.totalMemory() / 1048576.0,
                rt.maxMemory() / 1048576.0);
    }

    private static PointCloud cube(int n, int dim, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][dim];
        for (double[] p : points) {
            for (int k = 0; k < dim; k++) {
                p[k] = random.nextDouble();
            }
        }
        return new PointCloud(points);
    }

    private static <T> T time(String label, Supplier<T> task) {
        T result = task.get(); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long peak = 0;
        for (int r = 0; r < runs; r++) {
            System.gc();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            result = task.get();
            best = Math.min(best, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpuStart);
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        System.out.printf(Locale.ROOT, "%-40s best wall %9.3f ms, cpu %9.3f ms (heap %.0f MiB) -> %s%n",
                label, best / 1e6, bestCpu / 1e6, peak / 1048576.0, summary(result));
        return result;
    }

    private static String summary(Object result) {
        if (result instanceof Barcode barcode) {
            StringBuilder s = new StringBuilder();
            for (PersistenceDiagram d : barcode.diagrams()) {
                s.append("H").append(d.dimension()).append(':').append(d.size()).append(' ');
            }
            return s.toString().trim();
        }
        return String.valueOf(result);
    }
}
