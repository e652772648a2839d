package aura.domain.monitor;

/**
 * Numenta's anomaly likelihood, one-sided and kept as its tail probability (the likelihood is 1 minus it, but the
 * tail keeps its precision far out): how unusual the recent raw scores are against their own history.
 * Each raw score (a distance or a residual: at least 0) joins a short moving average of the last
 * {@code shortWindow}, which is much closer to the normal law than one raw score (a sum of many), and keeps the
 * raw scale, so one large raw score moves it in proportion (a logarithm would squash a spike ten times the usual
 * into little more than one usual score); the tail is {@code 1 − Φ((short − μ) / σ)}, with μ and σ the mean and standard deviation of
 * the previous {@code history} short averages (not the current one, so a burst cannot hide itself in its own baseline), μ at least
 * {@code minMean} and σ at least {@code minStd}: Numenta's lower bounds, without which a series forecast almost
 * perfectly turns the slightest blip red. As in Numenta's detector the start is in two periods of {@code learning}
 * raw scores each: in the first, the model that makes the raw scores is still learning, so its scores are left out of
 * the history (they would make every later score look ordinary); in the second, the history is filled. The answer
 * is 1 (nothing is unusual) until both are over. Must hold: {@code 1 <= shortWindow}, {@code 2 <= history},
 * {@code 2 <= learning}.
 */
public final class AnomalyLikelihood {
    private final int learning;
    private final double minMean;
    private final double minStd;
    private final Ring shortRaw;
    private final Ring averages;
    private long seen;

    public AnomalyLikelihood(int shortWindow, int history, int learning, double minMean, double minStd) {
        if (shortWindow < 1 || history < 2 || learning < 2 || !(minMean >= 0) || !(minStd > 0)) {
            throw new IllegalArgumentException("anomaly likelihood needs shortWindow >= 1, history >= 2, learning >= 2, minMean >= 0, minStd > 0");
        }
        this.learning = learning;
        this.minMean = minMean;
        this.minStd = minStd;
        this.shortRaw = new Ring(shortWindow);
        this.averages = new Ring(history);
    }

    /**
     * Takes the next raw score (finite, any scale) and answers the tail probability of the recent average: near 1
     * for the usual, small for the unusual (1 during the first {@code 2 × learning}).
     */
    public double next(double raw) {
        if (!Double.isFinite(raw)) throw new IllegalArgumentException("raw scores are finite");
        shortRaw.add(Math.max(raw, 0));
        double average = shortRaw.mean();
        seen++;
        double tail = 1;
        if (seen > 2L * learning) {
            double std = Math.max(minStd, averages.std());
            tail = Gaussian.upperTail((average - Math.max(minMean, averages.mean())) / std);
        }
        if (seen > learning) averages.add(average);
        return tail;
    }

    /**
     * A fixed-size window. Its mean and spread are summed afresh at each question (two passes over at most
     * {@code history} values, microseconds): running sums would lose a small series' precision to the rounding
     * left behind by a huge value leaving the window (a series that first moves after a flat start scales to 10⁹).
     */
    static final class Ring {
        private final double[] values;
        private int next;
        private int size;

        Ring(int capacity) {
            values = new double[capacity];
        }

        void add(double v) {
            if (size < values.length) size++;
            values[next] = v;
            next = (next + 1) % values.length;
        }

        int size() {
            return size;
        }

        double mean() {
            double sum = 0;
            for (int i = 0; i < size; i++) sum += values[i];
            return sum / size;
        }

        /** Population standard deviation. */
        double std() {
            double m = mean();
            double squares = 0;
            for (int i = 0; i < size; i++) squares += (values[i] - m) * (values[i] - m);
            return Math.sqrt(squares / size);
        }
    }
}
