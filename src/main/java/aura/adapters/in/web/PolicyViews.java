package aura.adapters.in.web;

import aura.application.policy.AdmitGeneration;
import aura.application.policy.ReadUsage;
import aura.domain.policy.Budget;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The policies as the API shows them: usage reports, budget standings, admissions. */
final class PolicyViews {
    private PolicyViews() {
    }

    @Serdeable
    record BudgetView(@Nullable Long tokens, @Nullable Double dollars, boolean hardCap, long tokensUsed,
                      double dollarsUsed, double share, String state) {
        static BudgetView of(Budget.Standing s) {
            Budget b = s.budget();
            return new BudgetView(b.tokens().isPresent() ? b.tokens().getAsLong() : null,
                    b.dollars().isPresent() ? b.dollars().getAsDouble() : null, b.hardCap(), s.tokensUsed(),
                    s.dollarsUsed(), Double.isFinite(s.share()) ? s.share() : 1e9, s.state().wireName());
        }
    }

    /** A budget's limits alone (the default budget, with no one's usage). */
    @Serdeable
    record BudgetLimitView(@Nullable Long tokens, @Nullable Double dollars, boolean hardCap) {
        static BudgetLimitView of(Budget b) {
            return new BudgetLimitView(b.tokens().isPresent() ? b.tokens().getAsLong() : null,
                    b.dollars().isPresent() ? b.dollars().getAsDouble() : null, b.hardCap());
        }
    }

    @Serdeable
    record AdmissionView(String model, boolean downgraded, BudgetView budget) {
    }

    static AdmissionView admission(AdmitGeneration.Admission a) {
        return new AdmissionView(a.model(), a.downgraded(), BudgetView.of(a.budget()));
    }

    @Serdeable
    record LineView(String userId, String username, String model, String node, long promptTokens, long outputTokens,
                    long generations, double dollars) {
    }

    @Serdeable
    record UsageView(String period, Instant since, List<LineView> usage, long tokens, double dollars, BudgetView budget) {
        static UsageView of(ReadUsage.Report r) {
            return new UsageView(r.period().wireName(), r.since(), r.lines().stream().map(l -> new LineView(l.userId(),
                    l.username(), l.model(), l.node(), l.promptTokens(), l.outputTokens(), l.generations(), l.dollars()))
                    .toList(), r.tokens(), r.dollars(), BudgetView.of(r.budget()));
        }
    }
}
