package aura.domain.lnn;

import java.util.Arrays;

/**
 * The liquid time-constant cell as ncps torch {@code LTCCell} computes it: sensory synapse currents once per
 * step, then {@code odeUnfolds} fused semi-implicit Euler passes of length Δt/L,
 * {@code v_j ← (cm_j/h·v_j + gleak_j·vleak_j + Σ_i b_ij·erev_ij + Ns_j) / (cm_j/h + gleak_j + Σ_i b_ij + Ds_j + ε)},
 * and an elementwise output map on the motor neurons {@code 0..K-1}.
 *
 * <p>Must hold: the parameters have the ncps names and shapes for the spec (checked on construction).
 */
public final class LtcCell implements LiquidCell {

    private final LtcSpec spec;
    private final Parameters parameters;
    private final int m;
    private final int n;
    private final int k;
    private final double[] inW;
    private final double[] inB;
    private final double[] outW;
    private final double[] outB;
    private final double[] cm;
    private final double[] gleak;
    private final double[] gleakVleak;
    private final SynapseBlock sensory;
    private final SynapseBlock recurrent;

    LtcCell(LtcSpec spec, Parameters p) {
        this.spec = spec;
        this.m = spec.inputSize();
        this.n = spec.units();
        this.k = spec.outputSize();
        this.inW = optional(p, "input_w", spec.inputMapping().hasWeight(), m, 1.0);
        this.inB = optional(p, "input_b", spec.inputMapping().hasBias(), m, 0.0);
        this.outW = optional(p, "output_w", spec.outputMapping().hasWeight(), k, 1.0);
        this.outB = optional(p, "output_b", spec.outputMapping().hasBias(), k, 0.0);
        boolean soft = spec.implicitConstraints();
        this.cm = positive(p.tensor("cm", n).data(), soft);
        this.gleak = positive(p.tensor("gleak", n).data(), soft);
        double[] vleak = p.tensor("vleak", n).data();
        this.gleakVleak = new double[n];
        for (int j = 0; j < n; j++) {
            gleakVleak[j] = gleak[j] * vleak[j];
        }
        this.sensory = new SynapseBlock(m, n, positive(p.tensor("sensory_w", m, n).data(), soft),
                p.tensor("sensory_sigma", m, n).data(), p.tensor("sensory_mu", m, n).data(),
                p.tensor("sensory_erev", m, n).data(), p.tensor("sensory_sparsity_mask", m, n).data());
        this.recurrent = new SynapseBlock(n, n, positive(p.tensor("w", n, n).data(), soft),
                p.tensor("sigma", n, n).data(), p.tensor("mu", n, n).data(),
                p.tensor("erev", n, n).data(), p.tensor("sparsity_mask", n, n).data());
        this.parameters = p;
    }

    private static double[] optional(Parameters p, String name, boolean present, int size, double fill) {
        if (present) {
            return p.tensor(name, size).data();
        }
        double[] d = new double[size];
        Arrays.fill(d, fill);
        return d;
    }

    private static double[] positive(double[] raw, boolean softplus) {
        if (softplus) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] = MathKernels.softplus(raw[i]);
            }
        }
        return raw;
    }

    @Override
    public void step(double[] input, double dt, double[] state, double[] output, double[] scratch) {
        StepChecks.check(this, input, dt, state, output, scratch);
        // scratch: [mapped input m | sensory (num,den) 2n | recurrent (num,den) 2n]
        final int sensOff = m;
        final int recOff = m + 2 * n;
        for (int i = 0; i < m; i++) {
            scratch[i] = input[i] * inW[i] + inB[i];
        }
        Arrays.fill(scratch, sensOff, sensOff + 2 * n, 0.0);
        sensory.accumulate(scratch, 0, scratch, sensOff);
        final double h = dt / spec.odeUnfolds();
        final double eps = spec.epsilon();
        for (int t = 0; t < spec.odeUnfolds(); t++) {
            Arrays.fill(scratch, recOff, recOff + 2 * n, 0.0);
            recurrent.accumulate(state, 0, scratch, recOff);
            for (int j = 0; j < n; j++) {
                double cmt = cm[j] / h;
                double num = cmt * state[j] + gleakVleak[j] + (scratch[recOff + 2 * j] + scratch[sensOff + 2 * j]);
                double den = cmt + gleak[j] + (scratch[recOff + 2 * j + 1] + scratch[sensOff + 2 * j + 1]);
                state[j] = num / (den + eps);
            }
        }
        for (int j = 0; j < k; j++) {
            output[j] = state[j] * outW[j] + outB[j];
        }
    }

    /** Synapses actually evaluated per unfold (recurrent) and per step (sensory). */
    public int recurrentSynapses() {
        return recurrent.synapseCount();
    }

    public int sensorySynapses() {
        return sensory.synapseCount();
    }

    @Override
    public LtcSpec spec() {
        return spec;
    }

    @Override
    public int scratchSize() {
        return m + 4 * n;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }
}
