package aura.application.lnn;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The level each metric must stay below, by column name (case-insensitive). A column named exactly gets its
 * own threshold; otherwise the first key contained in the name applies ({@code memory} covers
 * {@code memory_used}). Columns with no threshold carry no risk.
 *
 * <p>Must hold: keys non-blank; thresholds finite.
 */
public record RiskThresholds(Map<String, Double> byColumn) {

    public RiskThresholds {
        if (byColumn == null) {
            throw new IllegalArgumentException("thresholds must not be null");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        byColumn.forEach((k, v) -> {
            if (k == null || k.isBlank() || v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("threshold for '" + k + "' must be finite, got " + v);
            }
            copy.put(k.toLowerCase(Locale.ROOT), v);
        });
        byColumn = java.util.Collections.unmodifiableMap(copy);
    }

    /** Utilisations as fractions: cpu, memory and disk 0.9. */
    public static RiskThresholds defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("cpu", 0.9);
        m.put("memory", 0.9);
        m.put("mem", 0.9);
        m.put("disk", 0.9);
        return new RiskThresholds(m);
    }

    /** The threshold for a column, if any. */
    public Optional<Double> thresholdFor(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        if (byColumn.containsKey(name)) {
            return Optional.of(byColumn.get(name));
        }
        return byColumn.entrySet().stream().filter(e -> name.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }
}
