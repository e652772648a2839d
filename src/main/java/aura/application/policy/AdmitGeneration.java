package aura.application.policy;

import aura.domain.policy.Budget;
import aura.domain.policy.BudgetSpent;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Decides, before anything is stored or sent, whether a person's request may be generated and with which model:
 * within budget it keeps its model; past a budget that is not capped it goes to the execution tier's model (when
 * one is set); past a capped budget it is refused ({@link BudgetSpent}, HTTP 429).
 */
@Singleton
public class AdmitGeneration {
    private final BudgetStandings standings;
    private final PolicySettings settings;
    private final Clock clock;

    public AdmitGeneration(BudgetStandings standings, PolicySettings settings, Clock clock) {
        this.standings = standings;
        this.settings = settings;
        this.clock = clock;
    }

    /** The model to use and the person's standing, which the doors pass on (a warning at 80 %). */
    public record Admission(String model, Budget.Standing budget, boolean downgraded) {
    }

    public Admission admit(String userId, String model) {
        Instant now = clock.instant();
        Budget.Standing standing = standings.of(userId, now);
        if (standing.refuses()) throw new BudgetSpent(standing, now);
        if (standing.downgrades() && settings.executionModel().isPresent()) {
            String execution = settings.executionModel().get();
            return new Admission(execution, standing, !execution.equals(model));
        }
        return new Admission(model, standing, false);
    }
}
