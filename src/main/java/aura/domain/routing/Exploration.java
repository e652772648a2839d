package aura.domain.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tries nodes the router knows only by their prior. A prior is deliberately cautious (6 tok/s on a CPU node), so a
 * node that is really fast would never be chosen, never measured, and never look fast: the classic
 * exploration trap. So when a candidate has no measurement for the model and nothing running or queued, it is
 * given one generation — at most once per node and model every {@link #RETRY} — and the measurement decides from
 * then on. The node the router preferred stays first in line for failover.
 */
public final class Exploration {
    public static final Duration RETRY = Duration.ofMinutes(5);

    private final Map<String, Instant> explored = new ConcurrentHashMap<>();

    public RoutingDecision apply(RoutingDecision decision, Map<String, Integer> busyByNode, Instant now) {
        if (decision.candidates().size() < 2 || !decision.candidates().get(0).estimate().measured()) return decision;
        Optional<Candidate> untried = decision.candidates().stream().skip(1)
                .filter(c -> !c.estimate().measured() && busyByNode.getOrDefault(c.node(), 0) == 0)
                .filter(c -> due(c.node() + "|" + decision.model(), now))
                .findFirst();
        if (untried.isEmpty()) return decision;
        Candidate explore = untried.get();
        explored.put(explore.node() + "|" + decision.model(), now);
        Candidate best = decision.candidates().get(0);
        List<Candidate> order = new ArrayList<>();
        order.add(new Candidate(explore.estimate(), null));
        order.add(new Candidate(best.estimate(), "exploring: " + explore.node() + " has no measured speed for "
                + decision.model() + " yet, so it gets this one (estimate " + String.format("%.2f s", best.estimate().seconds())
                + " here)"));
        decision.candidates().stream().skip(1).filter(c -> c != explore).forEach(order::add);
        return new RoutingDecision(decision.model(), Optional.of(explore.node()), order, decision.excluded());
    }

    private boolean due(String key, Instant now) {
        Instant last = explored.get(key);
        return last == null || !now.isBefore(last.plus(RETRY));
    }
}
