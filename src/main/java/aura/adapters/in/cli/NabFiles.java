package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * NAB's layout: {@code DIR/<category>/<file>.csv} with a {@code timestamp,value} header; results written as
 * {@code OUT/<category>/<detector>_<file>.csv} with {@code timestamp,value,anomaly_score}, one row per input row
 * in the same order. Timestamps are NAB's {@code yyyy-MM-dd HH:mm:ss} (or ISO 8601, a {@code T} between date and
 * time, an offset optional), in UTC unless they say otherwise. A file that does not parse is refused naming the
 * file and the line.
 */
final class NabFiles {
    private NabFiles() {
    }

    record Series(Path file, String category, List<String> timestamps, List<String> rawValues, double[] values, Instant[] times) {
    }

    /** Every CSV one folder below {@code data}, in name order; other files are skipped. */
    static List<Path> list(Path data) {
        if (!Files.isDirectory(data)) throw new InvalidInput("--data", "--data: " + data + " is not a directory");
        try (Stream<Path> categories = Files.list(data)) {
            List<Path> files = new ArrayList<>();
            for (Path category : categories.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> inside = Files.list(category)) {
                    inside.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".csv")).sorted().forEach(files::add);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Series read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.trim().replace("\"", "").startsWith("timestamp,value")) {
                throw new InvalidInput(file.toString(), file + ":1: expected the header timestamp,value");
            }
            List<String> timestamps = new ArrayList<>();
            List<String> raw = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Instant> times = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                String[] fields = line.split(",", -1);
                if (fields.length < 2) throw new InvalidInput(file.toString(), file + ":" + lineNo + ": expected timestamp,value");
                try {
                    double v = Double.parseDouble(fields[1].trim());
                    if (!Double.isFinite(v)) throw new NumberFormatException();
                    values.add(v);
                } catch (NumberFormatException e) {
                    throw new InvalidInput(file.toString(), file + ":" + lineNo + ": value '" + fields[1] + "' is not a finite number");
                }
                times.add(instant(fields[0], file, lineNo));
                timestamps.add(fields[0]);
                raw.add(fields[1].trim());
            }
            return new Series(file, file.getParent().getFileName().toString(), timestamps, raw,
                    values.stream().mapToDouble(Double::doubleValue).toArray(), times.toArray(Instant[]::new));
        } catch (IOException e) {
            throw new InvalidInput(file.toString(), file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Instant instant(String field, Path file, int lineNo) {
        String text = field.trim().replace("\"", "").replace(' ', 'T');
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(text);
            return t.isSupported(ChronoField.OFFSET_SECONDS) ? Instant.from(t) : LocalDateTime.from(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new InvalidInput(file.toString(), file + ":" + lineNo + ": timestamp '" + field + "' is not a date and time");
        }
    }

    static void write(Path out, String detector, Series series, double[] scores) {
        Path target = out.resolve(series.category()).resolve(detector + "_" + series.file().getFileName());
        try {
            Files.createDirectories(target.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                w.write("timestamp,value,anomaly_score\n");
                for (int i = 0; i < scores.length; i++) {
                    w.write(series.timestamps().get(i) + "," + series.rawValues().get(i) + ","
                            + String.format(Locale.ROOT, "%.6f", scores[i]) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
