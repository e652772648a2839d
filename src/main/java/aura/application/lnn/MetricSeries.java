package aura.application.lnn;

import aura.domain.problem.InvalidInput;
import java.util.HashSet;
import java.util.List;

/**
 * Raw metric rows, oldest first, one value per named column, sampled at a regular step.
 *
 * <p>Must hold: at least one column; names unique and non-blank; every row has one finite value per column.
 */
public record MetricSeries(List<String> columns, double[][] rows) {

    public MetricSeries {
        if (columns == null || columns.isEmpty() || rows == null) {
            throw new InvalidInput("columns", "a metric series needs columns and rows");
        }
        columns = List.copyOf(columns);
        if (new HashSet<>(columns).size() != columns.size() || columns.stream().anyMatch(String::isBlank)) {
            throw new InvalidInput("columns", "column names must be unique and non-blank: " + columns);
        }
        rows = rows.clone();
        for (int t = 0; t < rows.length; t++) {
            if (rows[t] == null || rows[t].length != columns.size()) {
                throw new InvalidInput("rows", "row " + t + " has " + (rows[t] == null ? 0 : rows[t].length)
                        + " values, expected " + columns.size() + " " + columns);
            }
            rows[t] = rows[t].clone();
            for (int i = 0; i < columns.size(); i++) {
                if (!Double.isFinite(rows[t][i])) {
                    throw new InvalidInput("rows", "row " + t + " column '" + columns.get(i) + "' is "
                            + rows[t][i] + "; values must be finite");
                }
            }
        }
    }

    public int length() {
        return rows.length;
    }

    /** A copy of one row. */
    public double[] row(int t) {
        return rows[t].clone();
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public double[][] rows(int from, int to) {
        double[][] out = new double[to - from][];
        for (int t = from; t < to; t++) {
            out[t - from] = rows[t].clone();
        }
        return out;
    }

    @Override
    public double[][] rows() {
        return rows(0, rows.length);
    }

    /** The same rows with the columns reordered (and narrowed) to {@code wanted}; throws on a missing name. */
    public MetricSeries select(List<String> wanted) {
        int[] idx = new int[wanted.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = columns.indexOf(wanted.get(i));
            if (idx[i] < 0) {
                throw new InvalidInput("columns", "missing column '" + wanted.get(i) + "'; the series has " + columns);
            }
        }
        double[][] out = new double[rows.length][idx.length];
        for (int t = 0; t < rows.length; t++) {
            for (int i = 0; i < idx.length; i++) {
                out[t][i] = rows[t][idx[i]];
            }
        }
        return new MetricSeries(wanted, out);
    }
}
