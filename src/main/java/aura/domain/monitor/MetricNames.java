package aura.domain.monitor;

import java.util.regex.Pattern;

/**
 * What a metric may be called: dotted lower-case words, optionally followed by {@code :} and a label such as a
 * mount point or a core number ({@code disk.used_fraction:/home}, {@code cpu.core:3}). At most 160 characters,
 * the column's width.
 */
public final class MetricNames {
    public static final int MAX_LENGTH = 160;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*(:[^\\s]+)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s"); // compiled once: every tick labels each mount and disk

    private MetricNames() {
    }

    public static boolean valid(String metric) {
        return metric != null && metric.length() <= MAX_LENGTH && NAME.matcher(metric).matches();
    }

    static void check(String metric) {
        if (!valid(metric)) throw new IllegalArgumentException("not a metric name: " + metric);
    }

    /** A label made safe for a metric name: whitespace becomes {@code _}, and it is cut to fit. */
    public static String labelled(String base, String label) {
        String clean = WHITESPACE.matcher(label).replaceAll("_");
        String name = base + ":" + (clean.isEmpty() ? "_" : clean);
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }
}
