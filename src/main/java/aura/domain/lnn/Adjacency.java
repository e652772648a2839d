package aura.domain.lnn;

import java.util.Arrays;

/**
 * A synapse polarity matrix indexed {@code [pre, post]} (rows are sources, columns destinations), row-major.
 *
 * <p>Must hold: every entry is -1 (inhibitory), 0 (no synapse) or +1 (excitatory). The sparsity mask of a
 * cell is {@code |adjacency|}; the reversal potentials start from the adjacency itself.
 */
public record Adjacency(int rows, int cols, int[] polarity) {

    public Adjacency {
        if (rows < 0 || cols < 0 || polarity == null || polarity.length != rows * cols) {
            throw new IllegalArgumentException("adjacency " + rows + "x" + cols + " needs " + rows * cols
                    + " entries, got " + (polarity == null ? "null" : polarity.length));
        }
        polarity = polarity.clone();
        for (int p : polarity) {
            if (p < -1 || p > 1) {
                throw new IllegalArgumentException("adjacency entries must be -1, 0 or +1, found " + p);
            }
        }
    }

    /** An all-zero (unconnected) matrix. */
    public static Adjacency empty(int rows, int cols) {
        return new Adjacency(rows, cols, new int[rows * cols]);
    }

    /** Reads an adjacency stored as a float64 tensor of shape [rows, cols]. */
    public static Adjacency fromTensor(Tensor t) {
        if (t.rank() != 2) {
            throw new IllegalArgumentException("adjacency tensor must have rank 2, has " + t.rank());
        }
        int[] p = new int[t.size()];
        for (int i = 0; i < p.length; i++) {
            double v = t.get(i);
            if (v != -1.0 && v != 0.0 && v != 1.0) {
                throw new IllegalArgumentException("adjacency entries must be -1, 0 or +1, found " + v);
            }
            p[i] = (int) v;
        }
        return new Adjacency(t.dim(0), t.dim(1), p);
    }

    public int get(int pre, int post) {
        return polarity[pre * cols + post];
    }

    @Override
    public int[] polarity() {
        return polarity.clone();
    }

    /** A copy with one synapse set; a later call for the same pair wins, as in ncps {@code add_synapse}. */
    Adjacency with(int pre, int post, int sign) {
        int[] p = polarity.clone();
        p[pre * cols + post] = sign;
        return new Adjacency(rows, cols, p);
    }

    /** The number of non-zero entries. */
    public int synapseCount() {
        int n = 0;
        for (int p : polarity) {
            n += p != 0 ? 1 : 0;
        }
        return n;
    }

    /** The polarities as a float64 tensor [rows, cols] (the initial reversal potentials). */
    public Tensor toTensor() {
        double[] d = new double[polarity.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = polarity[i];
        }
        return Tensor.matrix(rows, cols, d);
    }

    /** {@code |adjacency|} as a float64 tensor [rows, cols]: the frozen sparsity mask. */
    public Tensor mask() {
        double[] d = new double[polarity.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(polarity[i]);
        }
        return Tensor.matrix(rows, cols, d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Adjacency a && rows == a.rows && cols == a.cols && Arrays.equals(polarity, a.polarity);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(polarity) * 31 + rows * 7 + cols;
    }

    @Override
    public String toString() {
        return "Adjacency[" + rows + "x" + cols + ", " + synapseCount() + " synapses]";
    }
}
