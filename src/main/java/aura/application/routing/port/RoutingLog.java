package aura.application.routing.port;

import aura.domain.routing.RoutingDecision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every routing decision with its estimates and what actually happened, so the model's error shows; each knows the
 * user it was made for (empty for a request that had none), so a person sees their own.
 */
public interface RoutingLog {
    record Entry(String id, Instant at, String decidedOn, RoutingDecision decision, Optional<String> servedBy,
                 Optional<Double> actualSeconds, Optional<String> outcome, Optional<String> requestedBy) {
        public Entry {
            if (requestedBy == null) requestedBy = Optional.empty();
        }
    }

    void record(Entry entry);

    /** Newest first: every user's decisions. */
    List<Entry> recent(int limit);

    /** Newest first: only the decisions made for this user. */
    List<Entry> recentFor(String userId, int limit);

    Optional<Entry> find(String id);
}
