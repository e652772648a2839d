package aura.domain.monitor;

import java.time.Instant;

/** One metric of one node over one whole minute: how many samples, their smallest, largest and mean value. */
public record MinuteRollup(String node, String metric, Instant minute, int count, double min, double max, double mean) {
    public MinuteRollup {
        MetricNames.check(metric);
        if (count < 1) throw new IllegalArgumentException("a roll-up covers at least one sample");
        if (minute.getEpochSecond() % 60 != 0 || minute.getNano() != 0) {
            throw new IllegalArgumentException("a roll-up starts on a whole minute");
        }
        if (!(min <= mean && mean <= max)) throw new IllegalArgumentException("a roll-up has min <= mean <= max");
    }
}
