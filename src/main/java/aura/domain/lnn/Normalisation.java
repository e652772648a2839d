package aura.domain.lnn;

import java.util.HashSet;
import java.util.List;

/**
 * Per-column z-score normalisation of raw metric rows: {@code z = (raw − mean) / std}.
 *
 * <p>Must hold: one mean and one std per column; column names unique and non-blank; means finite; stds finite
 * and {@code > 0}.
 */
public record Normalisation(List<String> columns, double[] mean, double[] std) {

    public Normalisation {
        if (columns == null || mean == null || std == null) {
            throw new IllegalArgumentException("columns, mean and std must not be null");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty() || mean.length != columns.size() || std.length != columns.size()) {
            throw new IllegalArgumentException("need one mean and std per column: " + columns.size() + " columns, "
                    + mean.length + " means, " + std.length + " stds");
        }
        if (new HashSet<>(columns).size() != columns.size() || columns.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("column names must be unique and non-blank: " + columns);
        }
        mean = mean.clone();
        std = std.clone();
        for (int i = 0; i < mean.length; i++) {
            if (!Double.isFinite(mean[i]) || !(std[i] > 0) || !Double.isFinite(std[i])) {
                throw new IllegalArgumentException("column '" + columns.get(i) + "' needs a finite mean and a finite "
                        + "std > 0, got " + mean[i] + ", " + std[i]);
            }
        }
    }

    /** The identity normalisation (mean 0, std 1) for the given columns. */
    public static Normalisation identity(List<String> columns) {
        double[] ones = new double[columns.size()];
        java.util.Arrays.fill(ones, 1.0);
        return new Normalisation(columns, new double[columns.size()], ones);
    }

    /** Mean and population std of each column over the rows; a constant column gets std 1. */
    public static Normalisation fit(List<String> columns, double[][] rows) {
        int m = columns.size();
        double[] mean = new double[m];
        double[] std = new double[m];
        if (rows.length == 0) {
            throw new IllegalArgumentException("cannot fit a normalisation on zero rows");
        }
        for (double[] row : rows) {
            for (int i = 0; i < m; i++) {
                mean[i] += row[i] / rows.length;
            }
        }
        for (double[] row : rows) {
            for (int i = 0; i < m; i++) {
                std[i] += (row[i] - mean[i]) * (row[i] - mean[i]) / rows.length;
            }
        }
        for (int i = 0; i < m; i++) {
            std[i] = std[i] > 0 ? Math.sqrt(std[i]) : 1.0;
        }
        return new Normalisation(columns, mean, std);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    public int size() {
        return columns.size();
    }

    /** The index of a column; throws when there is no such column. */
    public int indexOf(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("unknown column '" + column + "'; columns: " + columns);
        }
        return i;
    }

    public double normalise(int column, double raw) {
        return (raw - mean[column]) / std[column];
    }

    public double denormalise(int column, double z) {
        return z * std[column] + mean[column];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalisation n && columns.equals(n.columns) && java.util.Arrays.equals(mean, n.mean)
                && java.util.Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + java.util.Arrays.hashCode(mean) * 7 + java.util.Arrays.hashCode(std);
    }
}
