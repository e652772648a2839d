package aura.domain.tda;

import aura.domain.problem.InvalidInput;
import java.io.Reader;
import java.util.List;

/**
 * Reads a finite metric space from text in one of the {@link InputFormat}s. Values are
 * separated by commas and/or whitespace; blank lines and {@code #} comment lines are skipped.
 * Every problem is reported as an {@link InvalidInput} naming the line.
 */
public final class MetricSpaceParser {

    private MetricSpaceParser() {
    }

    public static FiniteMetricSpace parse(Reader reader, InputFormat format) {
        return parse(NumberRows.lines(reader), format);
    }

    public static FiniteMetricSpace parse(String text, InputFormat format) {
        return parse(NumberRows.lines(text), format);
    }

    /**
     * @throws InvalidInput for empty input, a token that is not a finite number,
     *                                  ragged rows, a non-square or invalid distance matrix
     */
    public static FiniteMetricSpace parse(List<String> lines, InputFormat format) {
        if (format == null) {
            throw new InvalidInput("format", "input format must be given");
        }
        NumberRows rows = NumberRows.parse(lines, false);
        if (rows.isEmpty()) {
            throw new InvalidInput("input", "input is empty: no rows of numbers");
        }
        return switch (format) {
            case POINT_CLOUD -> new PointCloud(rectangular(rows));
            case DISTANCE_MATRIX -> DistanceMatrix.fromFull(square(rows));
            case LOWER_DISTANCE -> DistanceMatrix.fromLowerTriangle(lowerTriangle(rows));
        };
    }

    private static double[][] rectangular(NumberRows rows) {
        int width = rows.rows.get(0).length;
        for (int r = 1; r < rows.size(); r++) {
            if (rows.rows.get(r).length != width) {
                throw new InvalidInput("input", "line " + rows.lines.get(r) + ": ragged row: "
                        + rows.rows.get(r).length + " values but line " + rows.lines.get(0) + " has " + width);
            }
        }
        return rows.rows.toArray(new double[0][]);
    }

    private static double[][] square(NumberRows rows) {
        double[][] matrix = rectangular(rows);
        if (matrix[0].length != matrix.length) {
            throw new InvalidInput("input", "distance matrix is not square: " + matrix.length
                    + " rows of " + matrix[0].length + " values");
        }
        return matrix;
    }

    private static double[][] lowerTriangle(NumberRows rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.rows.get(r).length != r + 1) {
                throw new InvalidInput("input", "line " + rows.lines.get(r) + ": row " + (r + 1)
                        + " of the lower triangle must have " + (r + 1) + " values but has "
                        + rows.rows.get(r).length);
            }
        }
        return rows.rows.toArray(new double[0][]);
    }
}
