package aura.domain.lnn;

/** The parameter and input patterns of the reference golden vectors (no RNG involved). */
final class GoldenPattern {

    private GoldenPattern() {
    }

    /** {@code lo + (hi − lo)·((7k + off) mod 11)/10} for the row-major flat index k. */
    static Tensor pat(double lo, double hi, int off, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            v[k] = lo + (hi - lo) * ((7 * k + off) % 11) / 10.0;
        }
        return new Tensor(shape, v);
    }

    /** {@code x[t][i] = ((3t + 5i) mod 7)/3 − 1} for t = 0..2, M = 3. */
    static double[][] inputs() {
        double[][] x = new double[3][3];
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < 3; i++) {
                x[t][i] = ((3 * t + 5 * i) % 7) / 3.0 - 1.0;
            }
        }
        return x;
    }
}
