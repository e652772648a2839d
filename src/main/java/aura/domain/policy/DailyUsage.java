package aura.domain.policy;

import java.time.LocalDate;

/** One model's tokens on one day (UTC), summed over the people asked about. */
public record DailyUsage(LocalDate day, String model, long promptTokens, long outputTokens, long generations) {
    public long tokens() {
        return promptTokens + outputTokens;
    }
}
