package aura.domain.lnn;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Forecasts raw metrics with a trained {@link LnnModel}: normalises the window, runs the network over it from
 * a zero state, reads the one-step prediction, then feeds predictions back (autoregressively, one training Δt
 * per step) for longer horizons. Columns the model does not predict are held at their last observed value.
 *
 * <p>Thread-safe: each call works on its own fork of the network.
 */
public final class Forecaster {

    /** The horizons used when the caller names none. */
    public static final List<Integer> DEFAULT_HORIZONS = List.of(1, 5, 15);

    private final LnnModel model;
    private final LiquidNetwork prototype;
    private final int[] targetColumns;

    public Forecaster(LnnModel model) {
        this.model = model;
        this.prototype = model.network();
        this.targetColumns = model.targetColumns();
    }

    public Forecast forecast(MetricWindow window) {
        return forecast(window, DEFAULT_HORIZONS);
    }

    /**
     * @param horizons steps ahead, each {@code >= 1}; duplicates are merged and the result is sorted
     * @throws IllegalArgumentException when the window width differs from the model's columns, or a horizon
     *                                  is below 1
     */
    public Forecast forecast(MetricWindow window, List<Integer> horizons) {
        Normalisation norm = model.normalisation();
        if (window.width() != norm.size()) {
            throw new IllegalArgumentException("rows have " + window.width() + " values, the model expects "
                    + norm.size() + " " + norm.columns());
        }
        TreeSet<Integer> wanted = new TreeSet<>(horizons);
        if (wanted.isEmpty() || wanted.first() < 1) {
            throw new IllegalArgumentException("horizons must be >= 1 and not empty, got " + horizons);
        }
        LiquidNetwork net = prototype.fork();
        double[] input = new double[norm.size()];
        double[] out = new double[net.outputSize()];
        for (int t = 0; t < window.length(); t++) {
            for (int i = 0; i < input.length; i++) {
                input[i] = norm.normalise(i, window.value(t, i));
            }
            net.step(input, window.dt(t, model.trainingDt()), out);
        }
        List<Forecast.Point> points = new ArrayList<>();
        for (int h = 1; h <= wanted.last(); h++) {
            if (wanted.contains(h)) {
                points.add(new Forecast.Point(h, h * model.trainingDt(), denormalise(out)));
            }
            if (h < wanted.last()) {
                for (int o = 0; o < out.length; o++) {
                    input[targetColumns[o]] = out[o];
                }
                net.step(input, model.trainingDt(), out);
            }
        }
        return new Forecast(model.targets(), points);
    }

    private double[] denormalise(double[] z) {
        double[] raw = new double[z.length];
        for (int o = 0; o < z.length; o++) {
            raw[o] = model.normalisation().denormalise(targetColumns[o], z[o]);
        }
        return raw;
    }
}
