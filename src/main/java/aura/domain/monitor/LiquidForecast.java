package aura.domain.monitor;

import aura.domain.lnn.Activation;
import aura.domain.lnn.CfcMode;
import aura.domain.lnn.CfcSpec;
import aura.domain.lnn.LiquidNetwork;

/**
 * One-step forecasts of a normalised series by a liquid network: a CfC cell with fixed, seeded weights reads
 * each value and its change, and a linear read-out of its state (plus the value itself and a bias) is fitted
 * online by recursive least squares with forgetting. The cell gives the read-out a fading, nonlinear memory of the
 * series at several time constants; fitting only the read-out keeps learning exact, cheap (no gradient steps)
 * and online, so the forecaster adapts to each series as it runs. Every call answers the residual of the
 * forecast made at the previous step.
 */
public final class LiquidForecast {
    private static final long SEED = 13;
    private static final double CLIP = 8;
    private static final double MAX_TRACE = 1e4;

    private final LiquidNetwork network;
    private final double forgetting;
    private final int features;
    private final double[] weights;
    private final double[][] p;
    private final double[] phi;
    private final double[] input = new double[2];
    private final double[] output;
    private final double[] pPhi;
    private double forecast = Double.NaN;
    private double previous = Double.NaN;
    private double error;

    /** {@code units} state neurons; {@code forgetting} in (0, 1], the read-out's memory is about 1/(1 − forgetting) steps. */
    public LiquidForecast(int units, double forgetting) {
        if (units < 1 || !(forgetting > 0 && forgetting <= 1)) throw new IllegalArgumentException("units >= 1, forgetting in (0, 1]");
        this.network = LiquidNetwork.initialise(new CfcSpec(2, units, CfcMode.DEFAULT, Activation.LECUN_TANH, 4 * units, 1), 0, SEED);
        this.forgetting = forgetting;
        this.features = units + 2;
        this.weights = new double[features];
        this.p = new double[features][features];
        for (int i = 0; i < features; i++) p[i][i] = 100;
        this.phi = new double[features];
        this.output = new double[network.outputSize()];
        this.pPhi = new double[features];
    }

    /** Takes the next normalised value; answers |value − forecast|, 0 before the first forecast. */
    public double next(double value) {
        double z = clip(value);
        error = Double.isNaN(forecast) ? 0 : z - forecast;
        double residual = Math.abs(error);
        if (!Double.isNaN(forecast)) learn(z);
        input[0] = z;
        input[1] = Double.isNaN(previous) ? 0 : clip(z - previous);
        network.step(input, 1, output);
        System.arraycopy(output, 0, phi, 0, output.length);
        phi[features - 2] = z;
        phi[features - 1] = 1;
        forecast = clip(dot(weights, phi));
        previous = z;
        return residual;
    }

    /** The last value's signed residual: the value (clipped to ±8) less its forecast, 0 before the first forecast. */
    public double error() {
        return error;
    }

    /** The forecast of the next value, on the normalised scale (NaN before the first value). */
    public double forecast() {
        return forecast;
    }

    /** One recursive-least-squares step towards {@code target} for the features the last forecast used. */
    private void learn(double target) {
        double error = target - dot(weights, phi);
        for (int i = 0; i < features; i++) {
            double s = 0;
            for (int j = 0; j < features; j++) s += p[i][j] * phi[j];
            pPhi[i] = s;
        }
        double denominator = forgetting + dot(phi, pPhi);
        for (int i = 0; i < features; i++) weights[i] += pPhi[i] * error / denominator;
        double trace = 0;
        for (int i = 0; i < features; i++) {
            for (int j = 0; j < features; j++) p[i][j] = (p[i][j] - pPhi[i] * pPhi[j] / denominator) / forgetting;
            trace += p[i][i];
        }
        // A series that stops moving excites nothing, and forgetting would then grow P without bound.
        if (trace > MAX_TRACE) {
            for (double[] row : p) for (int j = 0; j < features; j++) row[j] *= MAX_TRACE / trace;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double clip(double v) {
        return Math.max(-CLIP, Math.min(CLIP, v));
    }
}
