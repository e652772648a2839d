package aura.domain.monitor;

/**
 * The monitor's online anomaly detector for one series, with one parameter set for every series. Each value is
 * put on a common scale ({@link RunningScale}), then:
 * <ul>
 * <li>forecast: a liquid network's one-step residual ({@link LiquidForecast});</li>
 * <li>topology: the last {@code window} signed residuals, delay-embedded, go through Vietoris–Rips persistence
 * ({@link WindowTopology}); the raw score is their drift from the window that ended {@code window} steps before
 * (1-Wasserstein distance, change of persistence entropy and of landscape norm, each relative to its own recent
 * mean). The residuals, not the values: what the forecaster already explains (a level, a daily cycle, a trend)
 * is taken out, so the shape left is the shape of what it cannot explain, and a change of that shape is news
 * whatever the series' own pattern is;</li>
 * <li>baseline (for comparison only): the change from the previous value.</li>
 * </ul>
 * Each raw score becomes an {@link AnomalyLikelihood}; the anomaly score joins the topology and forecast
 * likelihoods' tail probabilities by Fisher's method, and each answer goes through {@link AlarmOnset} (only the
 * start of a run of red tails stays red). Last, a value that breaks out of the series' range ({@link NewExtreme})
 * scores 1 whatever the likelihoods said, as in Numenta's detector. A tail probability p is written as the score {@code −log10(p) / 12}:
 * 0.25 is as unusual as one value in a thousand of a steady series, 0.42 (the red zone) one in 100,000. A score
 * uses only the values up to its own.
 */
public final class SeriesDetector {
    private final DetectorParameters parameters;
    private final RunningScale scale;
    private final LiquidForecast forecaster;
    private final AnomalyLikelihood topologyLikelihood;
    private final AnomalyLikelihood forecastLikelihood;
    private final AnomalyLikelihood baselineLikelihood;
    private final AlarmOnset[] onsets = {new AlarmOnset(), new AlarmOnset(), new AlarmOnset(), new AlarmOnset()};
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
        this.range = new NewExtreme(parameters.learning());
        this.values = new double[parameters.window()];
        this.shapes = new WindowTopology[parameters.window() + 1];
    }

    /**
     * What the detector says of one value: each score in [0, 1] ({@link #score}). {@code anomaly} is the
     * detector's; {@code topology}, {@code forecast} and {@code baseline} are each signal alone and
     * {@code likelihoods} the two engines without the range rule (all for the benchmark's ablation);
     * {@code extreme} whether the value broke out of the series' range.
     */
    public record Score(double anomaly, double topology, double forecast, double baseline, double likelihoods,
                        boolean extreme, WindowTopology shape, double drift) {
    }

    /** The tail probability of a value that breaks out of the series' range: the score's top. */
    static final double EXTREME = 1e-12;

    public Score next(double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("values are finite");
        double z = scale.next(value);
        int w = parameters.window();
        double residual = forecaster.next(z);
        values[(int) (seen % w)] = forecaster.error();
        seen++;
        double change = Double.isNaN(previous) ? 0 : Math.abs(z - previous);
        previous = z;
        WindowTopology shape = null;
        double drift = 0;
        if (seen >= w) {
            shape = WindowTopology.of(window(), parameters.dimension(), parameters.delay());
            shapes[(int) (seen % shapes.length)] = shape;
            WindowTopology before = shapes[(int) ((seen + 1) % shapes.length)];
            if (before != null) drift = drift(shape, before);
        }
        double topology = topologyLikelihood.next(drift);
        double forecast = forecastLikelihood.next(residual);
        double baseline = baselineLikelihood.next(change);
        double likelihoods = onsets[0].next(Gaussian.fisher(topology, forecast));
        boolean extreme = range.next(value);
        return new Score(score(extreme, likelihoods), score(extreme, onsets[1].next(topology)),
                score(extreme, onsets[2].next(forecast)), score(extreme, onsets[3].next(baseline)), score(likelihoods),
                extreme, shape, drift);
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
