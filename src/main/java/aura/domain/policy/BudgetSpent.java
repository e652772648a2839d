package aura.domain.policy;

import aura.domain.problem.TooMany;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The person's monthly budget is spent and capped: no generation until the month turns (HTTP 429). */
public class BudgetSpent extends TooMany {
    public BudgetSpent(Budget.Standing standing, Instant now) {
        super(message(standing, now), Duration.between(now, UsagePeriod.MONTH.end(now)));
    }

    private static String message(Budget.Standing s, Instant now) {
        StringBuilder limit = new StringBuilder();
        s.budget().tokens().ifPresent(t -> limit.append(t).append(" tokens"));
        s.budget().dollars().ifPresent(d -> limit.append(limit.length() > 0 ? " or " : "")
                .append(String.format(Locale.ROOT, "$%.2f", d)));
        return String.format(Locale.ROOT, "your monthly budget of %s is spent (%d tokens, $%.2f used this month); "
                        + "it renews on %s", limit, s.tokensUsed(), s.dollarsUsed(),
                UsagePeriod.MONTH.end(now).toString().substring(0, 10));
    }
}
