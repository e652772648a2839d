package aura.domain.tda;

import aura.domain.problem.InvalidInput;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads persistence diagrams from text: either lines {@code birth death} (comma and/or
 * whitespace separated, {@code inf} allowed as death), or Ripser's output format as written by
 * {@link RipserFormat}. Blank lines and {@code #} comment lines are skipped; every problem is an
 * {@link InvalidInput} naming the line.
 */
public final class DiagramParser {

    private static final Pattern HEADER = Pattern.compile("persistence intervals in dim (\\d+):");
    private static final Pattern BAR = Pattern.compile("\\[\\s*([^,\\s]+)\\s*,\\s*([^)\\s]*)\\s*\\)");

    private DiagramParser() {
    }

    public static PersistenceDiagram parse(Reader reader, int dimension) {
        return parse(NumberRows.lines(reader), dimension);
    }

    public static PersistenceDiagram parse(String text, int dimension) {
        return parse(NumberRows.lines(text), dimension);
    }

    /** Lines {@code birth death}; the diagram gets the given dimension. */
    public static PersistenceDiagram parse(List<String> lines, int dimension) {
        NumberRows rows = NumberRows.parse(lines, true);
        List<PersistenceInterval> bars = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.rows.get(r);
            if (row.length != 2) {
                throw new InvalidInput("diagram", "line " + rows.lines.get(r)
                        + ": expected 2 values (birth death) but found " + row.length);
            }
            bars.add(interval(row[0], row[1], rows.lines.get(r)));
        }
        return new PersistenceDiagram(dimension, bars);
    }

    /** Ripser's text output: {@code persistence intervals in dim d:} headers, then {@code  [b,d)} lines. */
    public static Barcode parseRipserOutput(List<String> lines) {
        List<List<PersistenceInterval>> dims = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher header = HEADER.matcher(line);
            Matcher bar = BAR.matcher(line);
            if (header.matches()) {
                int dim = Integer.parseInt(header.group(1));
                while (dims.size() <= dim) {
                    dims.add(new ArrayList<>());
                }
            } else if (bar.matches()) {
                if (dims.isEmpty()) {
                    throw new InvalidInput("diagram", "line " + (i + 1) + ": interval before any dimension header");
                }
                double birth = NumberRows.number(bar.group(1), i + 1, false);
                double death = bar.group(2).isEmpty() ? Double.POSITIVE_INFINITY
                        : NumberRows.number(bar.group(2), i + 1, true);
                dims.get(dims.size() - 1).add(interval(birth, death, i + 1));
            } // other lines (Ripser's banner, value range) carry no intervals
        }
        if (dims.isEmpty()) {
            throw new InvalidInput("diagram", "input is empty: no 'persistence intervals in dim' header");
        }
        List<PersistenceDiagram> diagrams = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            diagrams.add(new PersistenceDiagram(d, dims.get(d)));
        }
        return new Barcode(diagrams);
    }

    public static Barcode parseRipserOutput(String text) {
        return parseRipserOutput(NumberRows.lines(text));
    }

    private static PersistenceInterval interval(double birth, double death, int line) {
        if (Double.isInfinite(birth)) {
            throw new InvalidInput("diagram", "line " + line + ": birth must be finite");
        }
        if (death < birth) {
            throw new InvalidInput("diagram", "line " + line + ": death " + death + " is before birth " + birth);
        }
        return new PersistenceInterval(birth, death);
    }
}
