package aura.domain.monitor;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The monitor's online anomaly detector for one series, with one parameter set for every series. Each value is
 * put on a common scale ({@link RunningScale}), then:
 * <ul>
 * <li>forecast: a liquid network's one-step residual ({@link LiquidForecast});</li>
 * <li>topology: the last {@code window} signed residuals, delay-embedded, go through Vietoris–Rips persistence
 * ({@link WindowTopology}); the raw score is their drift from the window that ended {@code window} steps before
 * (1-Wasserstein distance, change of persistence entropy and of landscape norm, each relative to its own recent
 * mean). The residuals, not the values: what the forecaster already explains (a level, a trend) is taken out, so
 * the shape left is the shape of what it cannot explain, and a change of that shape is news whatever the series'
 * own pattern is;</li>
 * <li>daily: the value's distance from what the series usually is at this time of day ({@link DailyProfile}), in
 * the scale's units. A one-step forecaster follows wherever the series goes, so a day whose pattern goes wrong
 * slowly (a peak that does not come, a level held at the wrong hour) surprises it at no single step;</li>
 * <li>baseline (for comparison only): the change from the previous value.</li>
 * </ul>
 * The forecast's and the daily raw scores first lose what this time of day usually brings ({@link DailyPeaks}): a
 * nightly job's spike surprises both every night and is no news. Each raw score becomes an
 * {@link AnomalyLikelihood}. The two engines' tail probabilities are joined by Fisher's method (they look at the
 * same residuals, each for its own kind of evidence), and that joint tail and the daily one by Bonferroni's rule
 * ({@code min(1, 2 · min p)}: two questions asked, the answer is the more surprising of them); the answer goes
 * through {@link AlarmOnset} (a red tail within the short average of the last red is lifted: only the start of a
 * burst stays red). Last, a value that breaks out of the series' range ({@link NewExtreme}) scores 1 whatever the
 * likelihoods said, as in
 * Numenta's detector. A tail probability p is written as the score {@code −log10(p) / 12}: 0.25 is as unusual as
 * one value in a thousand of a steady series, 0.42 (the red zone) one in 100,000. A score uses only the values up
 * to its own.
 */
public final class SeriesDetector {
    private final DetectorParameters parameters;
    private final RunningScale scale;
    private final LiquidForecast forecaster;
    private final AnomalyLikelihood topologyLikelihood;
    private final AnomalyLikelihood forecastLikelihood;
    private final AnomalyLikelihood baselineLikelihood;
    private final AnomalyLikelihood dailyLikelihood;
    private final DailyProfile daily;
    private final DailyPeaks forecastPeaks;
    private final DailyPeaks dailyPeaks;
    private final Map<Part, AlarmOnset> partOnsets = new EnumMap<>(Part.class);
    private final NewExtreme range;
    private final double[] values;
    private final WindowTopology[] shapes;
    private final double[] driftMeans = new double[3];
    private long seen;
    private double previous = Double.NaN;

    public SeriesDetector(DetectorParameters parameters) {
        this.parameters = parameters;
        this.scale = new RunningScale(parameters.scaleMemory());
        this.forecaster = new LiquidForecast(parameters.units(), parameters.forgetting());
        this.topologyLikelihood = parameters.likelihood();
        this.forecastLikelihood = parameters.likelihood();
        this.baselineLikelihood = parameters.likelihood();
        this.dailyLikelihood = parameters.likelihood();
        this.daily = new DailyProfile(parameters.dailyMemoryDays());
        this.forecastPeaks = new DailyPeaks(parameters.dailyMemoryDays());
        this.dailyPeaks = new DailyPeaks(parameters.dailyMemoryDays());
        for (Part part : Part.values()) partOnsets.put(part, new AlarmOnset(parameters.shortWindow()));
        this.range = new NewExtreme(parameters.learning());
        this.values = new double[parameters.window()];
        this.shapes = new WindowTopology[parameters.window() + 1];
    }

    /**
     * What the detector says of one value: each score in [0, 1] ({@link #score}). {@code anomaly} is the
     * detector's; {@code extreme} whether the value broke out of the series' range; {@code parts} each signal
     * alone and the detector less one of its parts, each with the range rule but {@link Part#WITHOUT_RANGE}
     * (for the benchmark's ablation).
     */
    public record Score(double anomaly, boolean extreme, Map<Part, Double> parts) {
        public double part(Part part) {
            return parts.get(part);
        }
    }

    /** The detector's parts, and the detector less each of them, as the ablation scores them. */
    public enum Part {
        TOPOLOGY, FORECAST, DAILY, BASELINE, WITHOUT_TOPOLOGY, WITHOUT_FORECAST, WITHOUT_DAILY, WITHOUT_RANGE
    }

    /** The tail probability of a value that breaks out of the series' range: the score's top. */
    static final double EXTREME = 1e-12;

    /** Scores the next value of the series, sampled at {@code at} (the times only ever go forward). */
    public Score next(double value, Instant at) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("values are finite");
        double unit = scale.spread();
        double z = scale.next(value);
        int w = parameters.window();
        double residual = forecaster.next(z);
        values[(int) (seen % w)] = forecaster.error();
        seen++;
        double change = Double.isNaN(previous) ? 0 : Math.abs(z - previous);
        previous = z;
        double drift = 0;
        if (seen >= w) {
            WindowTopology shape = WindowTopology.of(window(), parameters.dimension(), parameters.delay());
            shapes[(int) (seen % shapes.length)] = shape;
            WindowTopology before = shapes[(int) ((seen + 1) % shapes.length)];
            if (before != null) drift = drift(shape, before);
        }
        double fromUsual = daily.next(value, at);
        double topology = topologyLikelihood.next(drift);
        double forecast = forecastLikelihood.next(Math.max(0, residual - forecastPeaks.next(residual, at)));
        double baseline = baselineLikelihood.next(change);
        // no usual value for this hour yet: the daily signal has nothing to say, and its history is not fed
        double ofTheDay = 1;
        if (!Double.isNaN(fromUsual)) {
            double away = Math.abs(fromUsual) / unit;
            ofTheDay = dailyLikelihood.next(Math.max(0, away - dailyPeaks.next(away, at)));
        }
        double engines = Gaussian.fisher(topology, forecast);
        double joined = either(engines, ofTheDay);
        boolean extreme = range.next(value);
        Map<Part, Double> parts = new EnumMap<>(Part.class);
        parts.put(Part.TOPOLOGY, topology);
        parts.put(Part.FORECAST, forecast);
        parts.put(Part.DAILY, ofTheDay);
        parts.put(Part.BASELINE, baseline);
        parts.put(Part.WITHOUT_TOPOLOGY, either(forecast, ofTheDay));
        parts.put(Part.WITHOUT_FORECAST, either(topology, ofTheDay));
        parts.put(Part.WITHOUT_DAILY, engines);
        parts.put(Part.WITHOUT_RANGE, joined);
        parts.replaceAll((part, tail) -> partOnsets.get(part).next(tail));
        // the detector is the whole join through its onset filter, with the range rule
        double anomaly = score(extreme, parts.get(Part.WITHOUT_RANGE));
        parts.replaceAll((part, tail) -> score(extreme && part != Part.WITHOUT_RANGE, tail));
        return new Score(anomaly, extreme, parts);
    }

    /** Bonferroni's rule for two tail probabilities: the more surprising, counted as one of two questions asked. */
    private static double either(double p1, double p2) {
        return Math.min(1, 2 * Math.min(p1, p2));
    }

    private static double score(boolean extreme, double tail) {
        return score(extreme ? EXTREME : tail);
    }

    /** A tail probability p as a score in [0, 1]: {@code −log10(p) / 12}, so 0.5 is one in a million, 1 is one in 10¹². */
    static double score(double tail) {
        return Math.min(1, Math.max(0, -Math.log10(Math.max(tail, 1e-300)) / 12));
    }

    /** The window's residuals, oldest first. */
    private double[] window() {
        int w = values.length;
        double[] ordered = new double[w];
        for (int i = 0; i < w; i++) ordered[i] = values[(int) ((seen + i) % w)];
        return ordered;
    }

    private double drift(WindowTopology now, WindowTopology before) {
        double[] parts = {now.distance(before), Math.abs(now.entropy() - before.entropy()),
                Math.abs(now.landscapeNorm() - before.landscapeNorm())};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double mean = driftMeans[i];
            sum += mean > 0 ? parts[i] / mean : 0;
            driftMeans[i] = mean == 0 ? parts[i] : mean + (parts[i] - mean) / parameters.scaleMemory();
        }
        return sum / 3;
    }
}
