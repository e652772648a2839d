package aura.adapters.out.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import aura.application.lnn.port.ForecasterTrainer;
import aura.application.lnn.TrainingProgress;
import aura.application.lnn.TrainingRun;
import aura.application.lnn.TrainingSettings;
import aura.domain.lnn.Parameters;
import jakarta.inject.Singleton;

import java.util.SplittableRandom;

/**
 * Trains liquid networks with DJL's PyTorch engine: shuffled mini-batches of windows, backpropagation through
 * time, Adam with global-norm gradient clipping, and early stopping on the validation windows (the best
 * parameters are returned). The engine loads on the first {@link #train} call, never when the bean is made;
 * its CPU natives come from the {@code pytorch-native-cpu} jar (no download; {@code ai.djl.offline=true}).
 */
@Singleton
public class DjlForecasterTrainer implements ForecasterTrainer {

    static final String ENGINE = "PyTorch";
    private static final int EVALUATION_BATCH = 256;

    /** Float32 for training; tests use float64 to compare gradients with finite differences. */
    private final DataType type;

    public DjlForecasterTrainer() {
        this(DataType.FLOAT32);
    }

    DjlForecasterTrainer(DataType type) {
        this.type = type;
    }

    @Override
    public Parameters train(TrainingRun run, TrainingProgress progress) {
        TrainingSettings s = run.settings();
        WindowBatches training = new WindowBatches(run.training(), run.targetColumns(), s.window());
        WindowBatches validation = new WindowBatches(run.validation(), run.targetColumns(), s.window());
        double dt = (float) run.dt();
        Engine engine = Engine.getEngine(ENGINE);
        try (NDManager root = NDManager.newBaseManager(null, ENGINE);
             DjlNetwork net = new DjlNetwork(run.cell(), run.initial(), root, type)) {
            Adam adam = new Adam(s.learningRate(), s.gradientClip(), root);
            SplittableRandom rng = new SplittableRandom(s.seed());
            Parameters best = net.export();
            double bestLoss = loss(net, validation, root, dt);
            int stale = 0;
            long start = System.nanoTime();
            for (int epoch = 1; epoch <= s.epochs() && stale < s.patience(); epoch++) {
                double trainLoss = epoch(net, training, adam, engine, root, s.batchSize(), shuffled(training.count(), rng),
                        dt);
                double validationLoss = loss(net, validation, root, dt);
                boolean improved = validationLoss < bestLoss;
                if (improved) {
                    bestLoss = validationLoss;
                    best = net.export();
                    stale = 0;
                } else {
                    stale++;
                }
                progress.epochFinished(new TrainingProgress.EpochReport(epoch, s.epochs(), trainLoss, validationLoss,
                        System.nanoTime() - start, improved));
            }
            return best;
        }
    }

    private double epoch(DjlNetwork net, WindowBatches windows, Adam adam, Engine engine, NDManager root, int batch,
                         int[] order, double dt) {
        double total = 0;
        for (int from = 0; from < order.length; from += batch) {
            int to = Math.min(order.length, from + batch);
            try (NDManager scope = root.newSubManager()) {
                net.all().values().forEach(p -> p.tempAttach(scope));
                NDArray[] xy = windows.gather(order, from, to, scope, type);
                try (GradientCollector collector = engine.newGradientCollector()) {
                    collector.zeroGradients();
                    NDArray loss = net.forward(xy[0], dt).sub(xy[1]).square().mean();
                    collector.backward(loss);
                    total += loss.toType(DataType.FLOAT64, false).getDouble() * (to - from);
                }
                adam.update(net.trainable(), scope);
            }
        }
        return total / order.length;
    }

    /** Mean squared error over all windows, without gradients. */
    static double loss(DjlNetwork net, WindowBatches windows, NDManager root, double dt) {
        int[] all = java.util.stream.IntStream.range(0, windows.count()).toArray();
        double total = 0;
        for (int from = 0; from < all.length; from += EVALUATION_BATCH) {
            int to = Math.min(all.length, from + EVALUATION_BATCH);
            try (NDManager scope = root.newSubManager()) {
                net.all().values().forEach(p -> p.tempAttach(scope));
                NDArray[] xy = windows.gather(all, from, to, scope, net.type());
                total += net.forward(xy[0], dt).sub(xy[1]).square().mean()
                        .toType(DataType.FLOAT64, false).getDouble() * (to - from);
            }
        }
        return total / all.length;
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
