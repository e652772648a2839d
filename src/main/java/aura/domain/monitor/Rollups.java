package aura.domain.monitor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds raw points into one {@link MinuteRollup} per node, metric and minute. */
public final class Rollups {
    private Rollups() {
    }

    private record Key(String node, String metric, Instant minute) {
    }

    private static final class Fold {
        int count;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum;

        void add(double v) {
            count++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
    }

    public static List<MinuteRollup> of(List<MetricPoint> points) {
        Map<Key, Fold> folds = new LinkedHashMap<>();
        for (MetricPoint p : points) {
            folds.computeIfAbsent(new Key(p.node(), p.metric(), minuteOf(p.at())), k -> new Fold()).add(p.value());
        }
        List<MinuteRollup> rollups = new ArrayList<>();
        folds.forEach((k, f) -> {
            // The mean of values can land a rounding error outside [min, max]; clamp it back.
            double mean = Math.max(f.min, Math.min(f.max, f.sum / f.count));
            rollups.add(new MinuteRollup(k.node(), k.metric(), k.minute(), f.count, f.min, f.max, mean));
        });
        rollups.sort(Comparator.comparing(MinuteRollup::minute).thenComparing(MinuteRollup::metric));
        return rollups;
    }

    public static Instant minuteOf(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES);
    }
}
