package aura.domain.lnn;

import java.util.SplittableRandom;

/** The ncps / torch initialisers, drawing from a {@link SplittableRandom}. */
final class Init {

    private Init() {
    }

    /** U(lo, hi) of the given shape. */
    static Tensor uniform(SplittableRandom rng, double lo, double hi, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return new Tensor(shape, v);
    }

    /** torch {@code xavier_uniform_} for an out×in matrix: U(±sqrt(6 / (in + out))). */
    static Tensor xavier(SplittableRandom rng, int out, int in) {
        double bound = Math.sqrt(6.0 / (in + out));
        return uniform(rng, -bound, bound, out, in);
    }

    /** torch's default Linear bias: U(±1/sqrt(fan_in)). */
    static Tensor bias(SplittableRandom rng, int out, int fanIn) {
        double bound = fanIn > 0 ? 1.0 / Math.sqrt(fanIn) : 0.0;
        return uniform(rng, -bound, bound, out);
    }
}
