package aura.domain.lnn;

/**
 * The closed-form continuous-time cell as ncps torch {@code CfCCell} computes it: {@code z = [x, h]} through
 * the backbone, then the heads of {@link CfcMode}; the output is the new state.
 *
 * <p>Must hold: the parameters have the ncps names and shapes for the spec (checked on construction). A
 * sparsity mask, when given (wired layers), multiplies ff1 and ff2 only, never time_a and time_b.
 */
public final class CfcCell implements LiquidCell {

    private final CfcSpec spec;
    private final Parameters parameters;
    private final Linear[] backbone;
    private final Linear ff1;
    private final Linear ff2;
    private final Linear timeA;
    private final Linear timeB;
    private final double[] absWTau;
    private final double[] amplitude;

    /** @param mask units×headInput row-major (as ncps stores {@code sparsity_mask}), or null */
    CfcCell(CfcSpec spec, Parameters p, double[] mask) {
        this.spec = spec;
        this.parameters = p;
        int n = spec.units();
        this.backbone = new Linear[spec.backboneLayers()];
        int in = spec.inputSize() + n;
        for (int l = 0; l < backbone.length; l++) {
            backbone[l] = Linear.from(p, CfcSpec.backboneName(l), in, spec.backboneUnits());
            in = spec.backboneUnits();
        }
        int cat = spec.headInput();
        Linear f1 = Linear.from(p, "ff1", cat, n);
        this.ff1 = mask == null ? f1 : f1.masked(mask);
        if (spec.mode() == CfcMode.PURE) {
            this.absWTau = p.tensor("w_tau", 1, n).data();
            for (int j = 0; j < n; j++) {
                absWTau[j] = Math.abs(absWTau[j]);
            }
            this.amplitude = p.tensor("A", 1, n).data();
            this.ff2 = null;
            this.timeA = null;
            this.timeB = null;
        } else {
            Linear f2 = Linear.from(p, "ff2", cat, n);
            this.ff2 = mask == null ? f2 : f2.masked(mask);
            this.timeA = Linear.from(p, "time_a", cat, n);
            this.timeB = Linear.from(p, "time_b", cat, n);
            this.absWTau = null;
            this.amplitude = null;
        }
    }

    @Override
    public void step(double[] input, double dt, double[] state, double[] output, double[] scratch) {
        StepChecks.check(this, input, dt, state, output, scratch);
        advance(input, 0, dt, state, 0, scratch, 0);
        System.arraycopy(state, 0, output, 0, spec.units());
    }

    /**
     * Computes the new h into {@code h[hOff..hOff+N)} from {@code x[xOff..xOff+M)} and the old h there;
     * uses {@code scratch[sOff..sOff+scratchSize())}. Arguments are not checked.
     */
    void advance(double[] x, int xOff, double dt, double[] h, int hOff, double[] scratch, int sOff) {
        int m = spec.inputSize();
        int n = spec.units();
        System.arraycopy(x, xOff, scratch, sOff, m);
        System.arraycopy(h, hOff, scratch, sOff + m, n);
        int cur = sOff;
        int buffer = sOff + m + n;
        Activation act = spec.activation();
        for (int l = 0; l < backbone.length; l++) {
            int dst = buffer + (l % 2) * spec.backboneUnits();
            backbone[l].apply(scratch, cur, scratch, dst);
            for (int u = dst, end = dst + spec.backboneUnits(); u < end; u++) {
                scratch[u] = act.apply(scratch[u]);
            }
            cur = dst;
        }
        if (spec.mode() == CfcMode.PURE) {
            for (int j = 0; j < n; j++) {
                double f1 = ff1.row(j, scratch, cur);
                h[hOff + j] = -amplitude[j] * Math.exp(-dt * (absWTau[j] + Math.abs(f1))) * f1 + amplitude[j];
            }
            return;
        }
        boolean gated = spec.mode() == CfcMode.DEFAULT;
        for (int j = 0; j < n; j++) {
            double f1 = Math.tanh(ff1.row(j, scratch, cur));
            double f2 = Math.tanh(ff2.row(j, scratch, cur));
            double g = MathKernels.sigmoid(timeA.row(j, scratch, cur) * dt + timeB.row(j, scratch, cur));
            h[hOff + j] = gated ? f1 * (1.0 - g) + g * f2 : f1 + g * f2;
        }
    }

    @Override
    public CfcSpec spec() {
        return spec;
    }

    @Override
    public int scratchSize() {
        int backboneScratch = spec.backboneLayers() == 0 ? 0 : Math.min(spec.backboneLayers(), 2) * spec.backboneUnits();
        return spec.inputSize() + spec.units() + backboneScratch;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }
}
