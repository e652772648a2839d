package aura.adapters.in.cli;

import aura.application.lnn.MetricSeries;
import aura.domain.problem.InvalidInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads numeric metric columns from a CSV file with a header row: comma-separated, optional double quotes around
 * a field, blank lines skipped. No CSV library is on the classpath, and this subset is all a metric export needs.
 * Every error names the file, the line and the column.
 */
final class CsvFile {

    private CsvFile() {
    }

    /** @param wanted the columns to read, in this order; empty means every column */
    static MetricSeries read(Path file, List<String> wanted) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new InvalidInput(file.toString(), file + ": empty file, expected a header row");
            }
            List<String> header = fields(headerLine);
            List<String> columns = wanted.isEmpty() ? header : wanted;
            int[] index = new int[columns.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = header.indexOf(columns.get(i));
                if (index[i] < 0) {
                    throw new InvalidInput(file.toString(), file + ":1: no column '" + columns.get(i) + "'; the header has "
                            + header);
                }
            }
            List<double[]> rows = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() != header.size()) {
                    throw new InvalidInput(file.toString(), file + ":" + lineNo + ": " + f.size() + " fields, the header has "
                            + header.size());
                }
                double[] row = new double[index.length];
                for (int i = 0; i < index.length; i++) {
                    row[i] = number(file, lineNo, columns.get(i), f.get(index[i]));
                }
                rows.add(row);
            }
            return new MetricSeries(columns, rows.toArray(new double[0][]));
        } catch (NoSuchFileException e) {
            throw new InvalidInput(file.toString(), file + ": file not found");
        } catch (IOException e) {
            throw new InvalidInput(file.toString(), file + ": cannot read: " + e.getMessage());
        }
    }

    private static double number(Path file, int line, String column, String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput(file.toString(), file + ":" + line + ": column '" + column + "': not a number '" + text + "'");
        }
        if (!Double.isFinite(v)) {
            throw new InvalidInput(file.toString(), file + ":" + line + ": column '" + column + "': " + text
                    + " is not a finite number");
        }
        return v;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        out.replaceAll(s -> {
            String t = s.strip();
            return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
        });
        return out;
    }
}
