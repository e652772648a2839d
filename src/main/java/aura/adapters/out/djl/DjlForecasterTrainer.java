package aura.adapters.out.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import aura.application.lnn.Checkpointing;
import aura.application.lnn.port.ForecasterTrainer;
import aura.application.lnn.TrainingProgress;
import aura.application.lnn.TrainingRun;
import aura.application.lnn.TrainingSettings;
import aura.domain.lnn.Parameters;
import aura.domain.lnn.TrainerState;

import java.util.Map;
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
        return train(run, progress, Checkpointing.NONE);
    }

    /**
     * Trains, resuming from the checkpoint's state when there is one. Epoch e shuffles with the e-th draw of a
     * generator seeded with the run's seed, so a resumed run replays the earlier draws and sees the same order;
     * with the parameters, the moments and the partial loss restored exactly, it goes on as the first run would.
     */
    @Override
    public Parameters train(TrainingRun run, TrainingProgress progress, Checkpointing checkpointing) {
        TrainingSettings s = run.settings();
        WindowBatches training = new WindowBatches(run.training(), run.targetColumns(), s.window());
        WindowBatches validation = new WindowBatches(run.validation(), run.targetColumns(), s.window());
        double dt = (float) run.dt();
        Engine engine = Engine.getEngine(ENGINE);
        // PyTorch's grad mode is per thread and on by default; the collector restores what it found when it closes,
        // so on a thread other than the one that loaded the engine Adam's in-place update would be recorded (and
        // refused). Updates are never to be recorded: start with it off, on whichever thread trains.
        ai.djl.pytorch.jni.JniUtils.setGradMode(false);
        var resume = checkpointing.resumeFrom();
        // a resumed network starts from the checkpoint's values (writing into a leaf that takes gradients is refused)
        Parameters start = resume.map(TrainerState::current).orElse(run.initial());
        try (NDManager root = NDManager.newBaseManager(null, ENGINE);
             DjlNetwork net = new DjlNetwork(run.cell(), start, root, type)) {
            Loop loop = new Loop(net, new Adam(s.learningRate(), s.gradientClip(), root), run.initial().shapes(),
                    checkpointing, s, training.count());
            SplittableRandom rng = new SplittableRandom(s.seed());
            if (resume.isPresent()) {
                loop.restore(resume.get());
                for (int e = 1; e < loop.epoch; e++) {
                    shuffled(training.count(), rng);
                }
            } else {
                loop.best = net.export();
                loop.bestLoss = loss(net, validation, root, dt);
            }
            long began = System.nanoTime() - loop.elapsedBefore;
            for (; loop.epoch <= s.epochs() && loop.stale < s.patience(); loop.epoch++) {
                double trainLoss = epoch(loop, training, engine, root, s.batchSize(), shuffled(training.count(), rng),
                        dt, began);
                double validationLoss = loss(net, validation, root, dt);
                boolean improved = validationLoss < loop.bestLoss;
                if (improved) {
                    loop.bestLoss = validationLoss;
                    loop.best = net.export();
                    loop.stale = 0;
                } else {
                    loop.stale++;
                }
                progress.epochFinished(new TrainingProgress.EpochReport(loop.epoch, s.epochs(), trainLoss,
                        validationLoss, System.nanoTime() - began, improved));
            }
            return loop.best;
        }
    }

    /** The state of one run that a checkpoint holds, besides what the network and Adam hold themselves. */
    private static final class Loop {
        final DjlNetwork net;
        final Adam adam;
        final Map<String, int[]> shapes;
        final Checkpointing checkpointing;
        final long totalSteps;
        int epoch = 1;
        int position;
        double lossSum;
        Parameters best;
        double bestLoss;
        int stale;
        long elapsedBefore;

        Loop(DjlNetwork net, Adam adam, Map<String, int[]> shapes, Checkpointing checkpointing, TrainingSettings s,
             int windows) {
            this.net = net;
            this.adam = adam;
            this.shapes = shapes;
            this.checkpointing = checkpointing;
            this.totalSteps = (long) s.epochs() * ((windows + s.batchSize() - 1) / s.batchSize());
        }

        void restore(TrainerState state) {
            adam.restore((int) state.step(), state.firstMoments(), state.secondMoments(), net.type());
            epoch = state.epoch();
            position = state.position();
            lossSum = state.epochLossSum();
            best = state.best();
            bestLoss = state.bestLoss();
            stale = state.stale();
            elapsedBefore = state.elapsedNanos();
        }

        /** After a step: hands over the state when one is due, then lets the driver stop the run. */
        void stepped(int nextPosition, double sum, long start) {
            position = nextPosition;
            lossSum = sum;
            long step = adam.step();
            int every = checkpointing.every();
            if (every > 0 && step % every == 0) {
                checkpointing.save(new TrainerState(step, epoch, position, lossSum, net.export(),
                        adam.moments(true, shapes), adam.moments(false, shapes), best, bestLoss, stale,
                        System.nanoTime() - start));
            }
            checkpointing.afterStep(step, totalSteps == 0 ? 1 : Math.min(1, (double) step / totalSteps));
        }
    }

    private double epoch(Loop loop, WindowBatches windows, Engine engine, NDManager root, int batch, int[] order,
                         double dt, long start) {
        double total = loop.position > 0 ? loop.lossSum : 0;
        DjlNetwork net = loop.net;
        for (int from = loop.position; from < order.length; from += batch) {
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
                loop.adam.update(net.trainable(), scope);
            }
            loop.stepped(to, total, start);
        }
        loop.position = 0;
        loop.lossSum = 0;
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
