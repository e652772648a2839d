package aura.domain.monitor;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalDouble;

/**
 * How long until one metric crosses a threshold it is rising towards (memory exhausted, a disk full), estimated
 * two ways: from the liquid network's forecast (the metric's next change per second, which it forecasts on that
 * change's running scale, back in the metric's unit, averaged over the last steps because one step's forecast is
 * noisy, and extrapolated), and from a least-squares line through
 * the values of the last {@code trendSeconds}, the baseline shown beside it (the risk is judged by the forecast). Either is empty while the metric is not
 * rising, or would take longer than {@link #HORIZON_SECONDS}.
 */
public final class ThresholdWatch {
    /** Thirty days: further out than that, no estimate is worth showing. */
    public static final double HORIZON_SECONDS = 30 * 86400.0;
    /** About the last 100 steps (8 minutes at 5 s): one step's forecast of a noisy change is mostly noise. */
    private static final double AVERAGING = 0.02;

    private final String metric;
    private final String name;
    private final double threshold;
    private final double trendSeconds;
    private final RunningScale pace;
    private final LiquidForecast forecaster;
    private final Deque<double[]> points = new ArrayDeque<>();
    private double rate = Double.NaN;
    private double value = Double.NaN;
    private Instant lastAt;

    /** {@code trendSeconds}: how far back the trend line reaches. */
    public ThresholdWatch(String name, String metric, double threshold, double trendSeconds) {
        this.name = name;
        this.metric = metric;
        this.threshold = threshold;
        this.trendSeconds = trendSeconds;
        DetectorParameters p = DetectorParameters.defaults();
        this.pace = new RunningScale(p.scaleMemory());
        this.forecaster = new LiquidForecast(p.units(), p.forgetting());
    }

    /** What the watch says now; seconds are from the latest value's time. */
    public record Estimate(String name, String metric, double threshold, double value, OptionalDouble forecastSeconds,
                           OptionalDouble trendSeconds, double spanSeconds) {
    }

    public void next(Instant at, double x) {
        if (lastAt != null) {
            double step = Math.max(1e-3, (at.toEpochMilli() - lastAt.toEpochMilli()) / 1000.0);
            // The network forecasts the metric's next change per second, on that change's running scale; back in
            // the metric's unit it is the scale's mean plus the forecast times its spread: the pace.
            forecaster.next(pace.next((x - value) / step));
            double forecast = pace.mean() + forecaster.forecast() * pace.spread();
            rate = Double.isNaN(rate) ? forecast : rate + AVERAGING * (forecast - rate);
        }
        lastAt = at;
        value = x;
        points.addLast(new double[]{at.toEpochMilli() / 1000.0, x});
        while (points.peekFirst()[0] < points.peekLast()[0] - trendSeconds) points.removeFirst();
    }

    public Estimate estimate() {
        double span = points.isEmpty() ? 0 : points.peekLast()[0] - points.peekFirst()[0];
        return new Estimate(name, metric, threshold, value, until(rate), until(trendSlope()), span);
    }

    private OptionalDouble until(double perSecond) {
        if (Double.isNaN(value)) return OptionalDouble.empty();
        if (value >= threshold) return OptionalDouble.of(0);
        if (!(perSecond > 0)) return OptionalDouble.empty();
        double seconds = (threshold - value) / perSecond;
        return seconds <= HORIZON_SECONDS ? OptionalDouble.of(seconds) : OptionalDouble.empty();
    }

    private double trendSlope() {
        int n = points.size();
        if (n < 3) return Double.NaN;
        double t0 = points.peekFirst()[0];
        double st = 0, sx = 0, stt = 0, stx = 0;
        for (double[] p : points) {
            double t = p[0] - t0;
            st += t;
            sx += p[1];
            stt += t * t;
            stx += t * p[1];
        }
        double d = n * stt - st * st;
        return d == 0 ? Double.NaN : (n * stx - st * sx) / d;
    }
}
