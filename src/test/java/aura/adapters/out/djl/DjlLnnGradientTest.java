package aura.adapters.out.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import aura.domain.lnn.CellSpec;
import aura.domain.lnn.CfcSpec;
import aura.domain.lnn.FullyConnectedWiring;
import aura.domain.lnn.LiquidNetwork;
import aura.domain.lnn.LtcSpec;
import aura.domain.lnn.Parameters;
import aura.domain.lnn.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Autograd through time (float64) matches central finite differences of the same loss computed by the
 * plain-Java domain network, for every trainable parameter of a tiny cell; and it does not depend on what happens
 * to freed memory between the forward and the backward pass.
 */
class DjlLnnGradientTest {

    private static final int BATCH = 2;
    private static final int STEPS = 4;
    private static final double H = 1e-6;

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("ltc", LtcSpec.of(FullyConnectedWiring.generate(3, 2, 2, true, 9), true), 0),
                Arguments.of("cfc", new CfcSpec(2, 3, aura.domain.lnn.CfcMode.DEFAULT,
                        aura.domain.lnn.Activation.LECUN_TANH, 4, 1), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void gradientsOfATinyCellMatchFiniteDifferences(String name, CellSpec spec, int projection) {
        Parameters params = LiquidNetwork.initialise(spec, projection, 4).parameters();
        SplittableRandom rng = new SplittableRandom(2);
        int m = spec.inputSize();
        int out = LiquidNetwork.of(spec, params).outputSize();
        double[] x = uniform(rng, BATCH * STEPS * m);
        double[] y = uniform(rng, BATCH * STEPS * out);

        try (NDManager manager = NDManager.newBaseManager(null, DjlForecasterTrainer.ENGINE);
             DjlNetwork net = new DjlNetwork(spec, params, manager, DataType.FLOAT64)) {
            try (GradientCollector collector = Engine.getEngine(DjlForecasterTrainer.ENGINE).newGradientCollector()) {
                collector.zeroGradients();
                NDArray loss = net.forward(manager.create(x, new Shape(BATCH, STEPS, m)), 0.5)
                        .sub(manager.create(y, new Shape(BATCH, STEPS, out))).square().mean();
                collector.backward(loss);
                assertThat(loss.getDouble()).isCloseTo(javaLoss(spec, params, x, y), within(1e-12));
            }
            int checked = 0;
            for (Map.Entry<String, NDArray> e : net.trainable().entrySet()) {
                double[] grad = e.getValue().getGradient().toDoubleArray();
                Tensor t = params.tensor(e.getKey());
                for (int i = 0; i < t.size(); i++) {
                    double fd = (javaLoss(spec, nudged(params, e.getKey(), i, H), x, y)
                            - javaLoss(spec, nudged(params, e.getKey(), i, -H), x, y)) / (2 * H);
                    assertThat(grad[i]).as("%s[%d]", e.getKey(), i).isCloseTo(fd, within(1e-6 + 1e-4 * Math.abs(fd)));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(20);
        }
    }

    /**
     * The engine keeps what a backward pass needs (a divisor, a factor) until that pass; nothing the forward pass
     * hands it may be freed before. Here the garbage collector runs and the freed native memory is refilled with
     * NaNs between the two passes: the gradients must be those of a backward pass right after the forward one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void gradientsDoNotChangeWhenFreedMemoryIsReusedBeforeTheBackwardPass(String name, CellSpec spec, int projection)
            throws InterruptedException {
        Parameters params = LiquidNetwork.initialise(spec, projection, 4).parameters();
        SplittableRandom rng = new SplittableRandom(3);
        float[] x = floats(uniform(rng, BATCH * STEPS * spec.inputSize()));
        float[] y = floats(uniform(rng, BATCH * STEPS * LiquidNetwork.of(spec, params).outputSize()));
        Map<String, float[]> straight = gradients(spec, params, x, y, false);
        Map<String, float[]> afterReuse = gradients(spec, params, x, y, true);
        straight.forEach((k, g) -> assertThat(afterReuse.get(k)).as(k).containsExactly(g));
    }

    /** {@code n} values drawn uniformly from [-1, 1). */
    private static double[] uniform(SplittableRandom rng, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = rng.nextDouble() * 2 - 1;
        return values;
    }

    private static float[] floats(double[] values) {
        float[] narrowed = new float[values.length];
        for (int i = 0; i < values.length; i++) narrowed[i] = (float) values[i];
        return narrowed;
    }

    private static Map<String, float[]> gradients(CellSpec spec, Parameters params, float[] x, float[] y,
                                                  boolean reuseFreedMemory) throws InterruptedException {
        int m = spec.inputSize();
        int out = LiquidNetwork.of(spec, params).outputSize();
        List<ByteBuffer> filler = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager(null, DjlForecasterTrainer.ENGINE);
             DjlNetwork net = new DjlNetwork(spec, params, manager, DataType.FLOAT32)) {
            try (GradientCollector collector = Engine.getEngine(DjlForecasterTrainer.ENGINE).newGradientCollector()) {
                collector.zeroGradients();
                NDArray loss = net.forward(manager.create(x, new Shape(BATCH, STEPS, m)), 0.5)
                        .sub(manager.create(y, new Shape(BATCH, STEPS, out))).square().mean();
                if (reuseFreedMemory) {
                    // the garbage collector hands unreachable direct buffers to their cleaner, which frees them; small
                    // allocations then take that memory back, and all ones read as NaN in any float type
                    for (int i = 0; i < 5; i++) {
                        System.gc();
                        Thread.sleep(20);
                    }
                    for (int i = 0; i < 4096; i++) {
                        ByteBuffer b = ByteBuffer.allocateDirect(8);
                        b.putLong(0, -1L);
                        filler.add(b);
                    }
                }
                collector.backward(loss);
                Reference.reachabilityFence(filler);
            }
            Map<String, float[]> grads = new LinkedHashMap<>();
            net.trainable().forEach((k, v) -> grads.put(k, v.getGradient().toFloatArray()));
            return grads;
        }
    }

    private static Parameters nudged(Parameters p, String name, int index, double by) {
        Tensor t = p.tensor(name);
        double[] d = t.data();
        d[index] += by;
        return p.with(name, new Tensor(t.shape(), d));
    }

    private static double javaLoss(CellSpec spec, Parameters p, double[] x, double[] y) {
        LiquidNetwork prototype = LiquidNetwork.of(spec, p);
        int m = spec.inputSize();
        int out = prototype.outputSize();
        double sum = 0;
        for (int b = 0; b < BATCH; b++) {
            LiquidNetwork net = prototype.fork();
            for (int t = 0; t < STEPS; t++) {
                double[] in = java.util.Arrays.copyOfRange(x, (b * STEPS + t) * m, (b * STEPS + t + 1) * m);
                double[] got = net.step(in, 0.5);
                for (int o = 0; o < out; o++) {
                    double e = got[o] - y[(b * STEPS + t) * out + o];
                    sum += e * e;
                }
            }
        }
        return sum / (BATCH * STEPS * out);
    }
}
