package aura.domain.lnn;

/**
 * A window of raw metric rows, oldest first, in the model's column order, with the elapsed time before each
 * row (in the unit the model was trained with).
 *
 * <p>Must hold: at least one row; all rows the same width; every value finite; {@code dts} null (then every
 * step uses the model's training Δt) or one finite {@code dt > 0} per row.
 */
public record MetricWindow(double[][] rows, double[] dts) {

    public MetricWindow {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("a metric window needs at least one row");
        }
        rows = rows.clone();
        for (int t = 0; t < rows.length; t++) {
            if (rows[t] == null || rows[t].length != rows[0].length) {
                throw new IllegalArgumentException("row " + t + " has " + (rows[t] == null ? "no" : rows[t].length)
                        + " values, row 0 has " + rows[0].length);
            }
            rows[t] = rows[t].clone();
            for (int i = 0; i < rows[t].length; i++) {
                if (!Double.isFinite(rows[t][i])) {
                    throw new IllegalArgumentException("row " + t + " column " + i + " is " + rows[t][i]
                            + "; metric values must be finite");
                }
            }
        }
        if (dts != null) {
            if (dts.length != rows.length) {
                throw new IllegalArgumentException("need one dt per row: " + rows.length + " rows, " + dts.length
                        + " dts");
            }
            dts = dts.clone();
            for (double dt : dts) {
                StepChecks.checkDt(dt);
            }
        }
    }

    /** Rows sampled at the model's training Δt. */
    public static MetricWindow regular(double[][] rows) {
        return new MetricWindow(rows, null);
    }

    public int length() {
        return rows.length;
    }

    public int width() {
        return rows[0].length;
    }

    double value(int t, int column) {
        return rows[t][column];
    }

    double dt(int t, double fallback) {
        return dts == null ? fallback : dts[t];
    }
}
