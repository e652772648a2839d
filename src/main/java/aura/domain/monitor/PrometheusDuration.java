package aura.domain.monitor;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written as Prometheus writes them: units from the largest down, each at most once, no spaces
 * ({@code 30s}, {@code 5m}, {@code 1h30m}, {@code 250ms}; {@code y} is 365 days, {@code w} 7, {@code d} 1), or {@code 0}.
 */
public final class PrometheusDuration {
    private static final Pattern FORM = Pattern.compile(
            "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
    private static final long[] MILLIS = {365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1};

    private PrometheusDuration() {
    }

    /** The duration {@code text} says; an {@link IllegalArgumentException} saying the form when it is not one. */
    public static Duration parse(String text) {
        if ("0".equals(text)) return Duration.ZERO;
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || text.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (like 30s, 5m, 1h30m)");
        }
        long millis = 0;
        for (int i = 0; i < MILLIS.length; i++) {
            if (m.group(i + 1) == null) continue;
            try {
                millis = Math.addExact(millis, Math.multiplyExact(Long.parseLong(m.group(i + 1)), MILLIS[i]));
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is too long a duration");
            }
        }
        return Duration.ofMillis(millis);
    }

    /** {@code d} written back the way {@link #parse} reads it: {@code 0s}, {@code 90s} as {@code 1m30s}. */
    public static String format(Duration d) {
        long millis = d.toMillis();
        if (millis == 0) return "0s";
        StringBuilder out = new StringBuilder();
        String[] units = {"y", "w", "d", "h", "m", "s", "ms"};
        for (int i = 0; i < MILLIS.length; i++) {
            if (millis >= MILLIS[i]) {
                out.append(millis / MILLIS[i]).append(units[i]);
                millis %= MILLIS[i];
            }
        }
        return out.toString();
    }
}
