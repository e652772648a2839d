package aura.domain.lnn;

/**
 * The non-zero synapses of one LTC synapse matrix in compressed-row form, with the positivity constraint and
 * the sparsity mask already folded into the weight. A masked synapse contributes exactly 0 in ncps, so
 * leaving it out changes no result.
 */
final class SynapseBlock {

    private final int rows;
    private final int[] rowStart;
    private final int[] post;
    private final double[] weight;
    private final double[] sigma;
    private final double[] mu;
    private final double[] erev;

    /** All matrices are rows×cols, row-major, indexed [pre, post]; {@code weight} is already p(w). */
    SynapseBlock(int rows, int cols, double[] weight, double[] sigma, double[] mu, double[] erev, double[] mask) {
        int count = 0;
        for (double m : mask) {
            count += m != 0.0 ? 1 : 0;
        }
        this.rows = rows;
        this.rowStart = new int[rows + 1];
        this.post = new int[count];
        this.weight = new double[count];
        this.sigma = new double[count];
        this.mu = new double[count];
        this.erev = new double[count];
        int s = 0;
        for (int i = 0; i < rows; i++) {
            rowStart[i] = s;
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                if (mask[k] != 0.0) {
                    post[s] = j;
                    this.weight[s] = weight[k] * mask[k];
                    this.sigma[s] = sigma[k];
                    this.mu[s] = mu[k];
                    this.erev[s] = erev[k];
                    s++;
                }
            }
        }
        rowStart[rows] = s;
    }

    int synapseCount() {
        return post.length;
    }

    /**
     * For every synapse i→j: {@code a = w·σ(sigma·(pre_i − mu))}; adds {@code a·erev} to
     * {@code acc[off + 2j]} and {@code a} to {@code acc[off + 2j + 1]}.
     */
    void accumulate(double[] pre, int preOff, double[] acc, int off) {
        final int[] rs = rowStart;
        final int[] dst = post;
        final double[] w = weight;
        final double[] sg = sigma;
        final double[] m = mu;
        final double[] e = erev;
        for (int i = 0; i < rows; i++) {
            double x = pre[preOff + i];
            for (int s = rs[i], end = rs[i + 1]; s < end; s++) {
                double a = w[s] / (1.0 + MathKernels.exp(-(sg[s] * (x - m[s]))));
                int j = off + 2 * dst[s];
                acc[j] += a * e[s];
                acc[j + 1] += a;
            }
        }
    }
}
