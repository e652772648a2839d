package aura.application.routing;

import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.List;

/** Recent routing decisions: estimates per candidate, the choice, and what actually happened. */
@Singleton
public class ListRoutingDecisions {
    public static final int MAX = 500;

    private final RoutingLog log;

    public ListRoutingDecisions(RoutingLog log) {
        this.log = log;
    }

    public List<RoutingLog.Entry> recent(int limit) {
        if (limit < 1 || limit > MAX) throw new InvalidInput("limit", "limit must be between 1 and " + MAX);
        return log.recent(limit);
    }
}
