package aura.domain.lnn;

import java.util.List;

/**
 * Predictions for the target columns, in original units, at several horizons after the last observed row.
 *
 * <p>Must hold: points sorted by strictly increasing horizon, each with one value per target.
 */
public record Forecast(List<String> targets, List<Point> points) {

    public Forecast {
        targets = List.copyOf(targets);
        points = List.copyOf(points);
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).values().length != targets.size()) {
                throw new IllegalArgumentException("each point needs one value per target");
            }
            if (i > 0 && points.get(i).horizon() <= points.get(i - 1).horizon()) {
                throw new IllegalArgumentException("horizons must increase strictly");
            }
        }
    }

    /** The point for a horizon; throws when it was not forecast. */
    public Point at(int horizon) {
        return points.stream().filter(p -> p.horizon() == horizon).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no forecast for horizon " + horizon));
    }

    /**
     * The forecast {@code horizon} steps after the last row ({@code elapsed} time units later).
     *
     * <p>Must hold: {@code horizon >= 1}; values finite or NaN only if the network diverged (never expected).
     */
    public record Point(int horizon, double elapsed, double[] values) {

        public Point {
            if (horizon < 1) {
                throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
            }
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** The value of the {@code i}-th target. */
        public double value(int i) {
            return values[i];
        }
    }
}
