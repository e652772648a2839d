package aura.domain.tda;

import aura.domain.problem.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows of numbers read from text, remembering the line each came from. Values are separated by
 * commas and/or whitespace; blank lines and lines starting with {@code #} are skipped.
 */
final class NumberRows {

    final List<double[]> rows = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    private NumberRows() {
    }

    static List<String> lines(Reader reader) {
        try (BufferedReader buffered = new BufferedReader(reader)) {
            return buffered.lines().toList();
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }

    /**
     * @param allowInfinity whether {@code inf}/{@code infinity} (any case, optional sign) is accepted
     * @throws InvalidInput naming the line of a token that is not a number, or NaN
     */
    static NumberRows parse(List<String> text, boolean allowInfinity) {
        NumberRows result = new NumberRows();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tokens = line.split("[,\\s]+");
            double[] row = new double[tokens.length];
            for (int k = 0; k < tokens.length; k++) {
                row[k] = number(tokens[k], i + 1, allowInfinity);
            }
            result.rows.add(row);
            result.lines.add(i + 1);
        }
        return result;
    }

    static double number(String token, int line, boolean allowInfinity) {
        String t = token.toLowerCase(Locale.ROOT);
        String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        double value;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            value = t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (unsigned.equals("nan")) {
            value = Double.NaN;
        } else {
            try {
                value = Double.parseDouble(token);
            } catch (NumberFormatException e) {
                throw new InvalidInput("input", "line " + line + ": '" + token + "' is not a number");
            }
        }
        if (Double.isNaN(value)) {
            throw new InvalidInput("input", "line " + line + ": NaN is not allowed");
        }
        if (Double.isInfinite(value) && !allowInfinity) {
            throw new InvalidInput("input", "line " + line + ": infinite value '" + token + "' is not allowed");
        }
        return value;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int size() {
        return rows.size();
    }
}
