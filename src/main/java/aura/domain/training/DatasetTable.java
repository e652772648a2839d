package aura.domain.training;

import aura.domain.problem.InvalidInput;

import java.util.HashSet;
import java.util.List;

/**
 * A dataset's content: named columns and rows of text cells, as uploaded.
 *
 * <p>Must hold: at least one column, names unique and non-blank, every row one cell per column.
 */
public record DatasetTable(List<String> columns, List<List<String>> rows) {

    public DatasetTable {
        if (columns == null || columns.isEmpty()) {
            throw new InvalidInput("columns", "a dataset needs at least one column");
        }
        columns = List.copyOf(columns);
        if (columns.stream().anyMatch(c -> c == null || c.isBlank()) || new HashSet<>(columns).size() != columns.size()) {
            throw new InvalidInput("columns", "column names must be unique and non-blank: " + columns);
        }
        rows = List.copyOf(rows);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size()) {
                throw new InvalidInput("row " + (r + 1), "row " + (r + 1) + " has " + rows.get(r).size()
                        + " values, the header has " + columns.size());
            }
        }
    }

    /**
     * The named columns as numbers, row by row.
     *
     * @throws InvalidInput naming {@code columns} when a column is missing, or the row and column of a cell that is
     *                      not a finite number
     */
    public double[][] numbers(List<String> wanted) {
        int[] index = new int[wanted.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = columns.indexOf(wanted.get(i));
            if (index[i] < 0) {
                throw new InvalidInput("columns", "the dataset has no column '" + wanted.get(i) + "'; it has " + columns);
            }
        }
        double[][] out = new double[rows.size()][index.length];
        for (int r = 0; r < out.length; r++) {
            for (int i = 0; i < index.length; i++) {
                String cell = rows.get(r).get(index[i]);
                double v;
                try {
                    v = Double.parseDouble(cell.strip());
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                if (!Double.isFinite(v)) {
                    throw new InvalidInput("columns", "row " + (r + 1) + ", column '" + wanted.get(i)
                            + "': '" + cell + "' is not a finite number");
                }
                out[r][i] = v;
            }
        }
        return out;
    }
}
