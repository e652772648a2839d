package aura.domain.policy;

import aura.domain.problem.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A calendar period in UTC over which usage is summed: today, or this month (what a budget is for). */
public enum UsagePeriod {
    DAY, MONTH;

    public Instant start(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate first = this == DAY ? today : today.withDayOfMonth(1);
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** When the next period begins. */
    public Instant end(Instant now) {
        LocalDate start = start(now).atZone(ZoneOffset.UTC).toLocalDate();
        return (this == DAY ? start.plusDays(1) : start.plusMonths(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static UsagePeriod parse(String text) {
        if (text == null || text.isBlank()) return MONTH;
        return switch (text.strip()) {
            case "day" -> DAY;
            case "month" -> MONTH;
            default -> throw new InvalidInput("period", "period is day or month");
        };
    }
}
