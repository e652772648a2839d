package aura.application.routing;

import aura.application.routing.port.RoutingLog;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Recent routing decisions: estimates per candidate, the choice, and what actually happened. A person sees the
 * decisions made for them; an admin sees everyone's.
 */
@Singleton
public record ListRoutingDecisions(RoutingLog log) {
    public static final int MAX = 500;

    /** Who is asking, and how many decisions they want. */
    public record Query(String userId, boolean admin, int limit) {
    }

    public List<RoutingLog.Entry> recent(Query query) {
        if (query.limit() < 1 || query.limit() > MAX) throw new InvalidInput("limit", "limit must be between 1 and " + MAX);
        return query.admin() ? log.recent(query.limit()) : log.recentFor(query.userId(), query.limit());
    }
}
