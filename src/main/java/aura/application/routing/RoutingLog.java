package aura.application.routing;

import aura.domain.routing.RoutingDecision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every routing decision with its estimates and what actually happened, so the model's error shows. */
public interface RoutingLog {
    record Entry(String id, Instant at, String decidedOn, RoutingDecision decision, Optional<String> servedBy,
                 Optional<Double> actualSeconds, Optional<String> outcome) {
    }

    void record(Entry entry);

    List<Entry> recent(int limit);

    Optional<Entry> find(String id);
}
