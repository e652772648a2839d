package aura.domain.lnn;

/**
 * What training learned about a model beyond its weights: the window length it was trained on (so a forecast
 * reads the same number of rows), and the root mean square of each target's one-step forecast error on
 * held-out data, in original units (the σ₁ of {@link CrossingRisk}).
 *
 * <p>Must hold: {@code window >= 1}; every residual finite and {@code >= 0}.
 */
public record Calibration(int window, double[] residualStd) {

    static final String WINDOW_KEY = "forecast.window";

    public Calibration {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        if (residualStd == null) {
            throw new IllegalArgumentException("residuals must not be null");
        }
        residualStd = residualStd.clone();
        for (double s : residualStd) {
            if (!(s >= 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("residual std must be finite and >= 0, got " + s);
            }
        }
    }

    @Override
    public double[] residualStd() {
        return residualStd.clone();
    }

    public double residualStd(int target) {
        return residualStd[target];
    }
}
