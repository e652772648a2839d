package aura.domain.monitor;

/**
 * Numenta's anomaly likelihood, one-sided and kept as its tail probability (the likelihood is 1 minus it, but the
 * tail keeps its precision far out): how unusual the recent raw scores are against their own history.
 * Each raw score (a distance or a residual: at least 0, skewed, heavy right tail) is taken as its logarithm
 * (plus 1e-6), much closer to the normal law than the score itself, and joins a short moving average of the last
 * {@code shortWindow}; the tail is {@code 1 − Φ((short − μ) / σ)}, with μ and σ the mean and standard deviation of
 * the previous {@code history} short averages (not the current one, so a burst cannot hide itself in its own baseline), σ at least
 * {@code minStd}. Until {@code warmUp} raw scores have been seen the answer is 1: nothing is unusual yet.
 * Must hold: {@code 1 <= shortWindow}, {@code 2 <= history}, {@code warmUp >= shortWindow + 1}.
 */
public final class AnomalyLikelihood {
    private static final double FLOOR = 1e-6;

    private final int warmUp;
    private final double minStd;
    private final Ring shortRaw;
    private final Ring averages;
    private long seen;

    public AnomalyLikelihood(int shortWindow, int history, int warmUp, double minStd) {
        if (shortWindow < 1 || history < 2 || warmUp < shortWindow + 1 || !(minStd > 0)) {
            throw new IllegalArgumentException("anomaly likelihood needs shortWindow >= 1, history >= 2, warmUp > shortWindow, minStd > 0");
        }
        this.warmUp = warmUp;
        this.minStd = minStd;
        this.shortRaw = new Ring(shortWindow);
        this.averages = new Ring(history);
    }

    /**
     * Takes the next raw score (finite, any scale) and answers the tail probability of the recent average: near 1
     * for the usual, small for the unusual (1 during warm-up).
     */
    public double next(double raw) {
        if (!Double.isFinite(raw)) throw new IllegalArgumentException("raw scores are finite");
        shortRaw.add(Math.log(Math.max(raw, 0) + FLOOR));
        double average = shortRaw.mean();
        seen++;
        double tail = 1;
        if (seen > warmUp && averages.size() >= 2) {
            double std = Math.max(minStd, averages.std());
            tail = Gaussian.upperTail((average - averages.mean()) / std);
        }
        averages.add(average);
        return tail;
    }

    /** A fixed-size window with running sums; the sums are recomputed now and then so rounding cannot drift. */
    static final class Ring {
        private final double[] values;
        private int next;
        private int size;
        private double sum;
        private double sumSquares;
        private long adds;

        Ring(int capacity) {
            values = new double[capacity];
        }

        void add(double v) {
            if (size == values.length) {
                double old = values[next];
                sum -= old;
                sumSquares -= old * old;
            } else {
                size++;
            }
            values[next] = v;
            next = (next + 1) % values.length;
            sum += v;
            sumSquares += v * v;
            if (++adds % (4L * values.length + 1024) == 0) recompute();
        }

        private void recompute() {
            sum = 0;
            sumSquares = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
                sumSquares += values[i] * values[i];
            }
        }

        int size() {
            return size;
        }

        double mean() {
            return sum / size;
        }

        /** Population standard deviation. */
        double std() {
            double m = mean();
            return Math.sqrt(Math.max(0, sumSquares / size - m * m));
        }
    }
}
