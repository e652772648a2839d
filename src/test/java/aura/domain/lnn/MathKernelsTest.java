package aura.domain.lnn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MathKernelsTest {

    @Test
    void inlinedExpAgreesWithMathExpToAFewUlp() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            double x = rng.nextDouble(-740, 709.7);
            double expected = Math.exp(x);
            assertEquals(expected, MathKernels.exp(x), 1e-15 * expected, "exp(" + x + ")");
        }
        assertEquals(Double.POSITIVE_INFINITY, MathKernels.exp(800));
        assertEquals(0.0, MathKernels.exp(-800));
        assertEquals(Double.NaN, MathKernels.exp(Double.NaN));
    }

    @Test
    void erfMatchesKnownValues() {
        assertEquals(0.5204998778130465, MathKernels.erf(0.5), 1e-15);
        assertEquals(0.8427007929497149, MathKernels.erf(1.0), 1e-15);
        assertEquals(-0.9953222650189527, MathKernels.erf(-2.0), 1e-15);
        assertEquals(1 - 2.209049699858544e-05, MathKernels.erf(3.0), 1e-15);
        assertEquals(1 - 1.541725790028002e-08, MathKernels.erf(4.0), 1e-15);
        assertEquals(0.0, MathKernels.erf(0.0));
    }

    @Test
    void activationsMatchTorchDefinitions() {
        assertEquals(1.7159 * Math.tanh(0.666), Activation.LECUN_TANH.apply(1.0), 0);
        assertEquals(0.8413447460685429, Activation.GELU.apply(1.0), 1e-15);
        assertEquals(-0.15865525393145707, Activation.GELU.apply(-1.0), 1e-15);
        assertEquals(0.7310585786300049, Activation.SILU.apply(1.0), 1e-15);
        assertEquals(0.0, Activation.RELU.apply(-3.0));
        assertEquals(Math.log1p(Math.exp(0.3)), MathKernels.softplus(0.3), 1e-15);
    }
}
