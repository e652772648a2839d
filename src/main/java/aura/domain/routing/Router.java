package aura.domain.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Picks the node that will finish a generation first, by {@link CostModel}, among reachable nodes that have the
 * model and are not drained by their monitor (a drained node is excluded as {@code "<node>: drained: <alerts>"});
 * when every reachable node with the model is drained, the drained ones are the candidates, as a last resort.
 * A request the gatekeeper keeps inside the mesh ({@link RouteRequest#keptInMesh()}) has no node whose backend is
 * outside it among its candidates, not even as a last resort: such a node is excluded naming the rule.
 *
 * <p>Near-ties spread load: every candidate within {@link #NEAR_TIE} (5 %) of the best estimate is as good as the
 * best (the estimates' own error is larger than that); among those the one with the fewest generations ahead
 * (active + queued + this node's recent dispatches) wins, and among equally busy ones a counter that advances
 * with every decision rotates the choice. Bursts that arrive before the registry shows their load spread because
 * the caller passes its own {@code recentDispatches}, which the cost model counts as queued work.
 *
 * <p>Thread-safe; the rotation counter is the only state.
 */
public final class Router {
    /** Relative difference below which two estimates are treated as equal. */
    public static final double NEAR_TIE = 0.05;

    private static final Comparator<Scored> BY_SECONDS =
            Comparator.comparingDouble((Scored s) -> s.estimate.seconds()).thenComparing(s -> s.estimate.node());

    private final CostModel costModel;
    private final AtomicLong rotation = new AtomicLong();

    public Router(CostModel costModel) {
        if (costModel == null) throw new IllegalArgumentException("a router needs a cost model");
        this.costModel = costModel;
    }

    public Router() {
        this(new CostModel());
    }

    /** A node with its estimate and the number of generations ahead of this one there. */
    record Scored(NodeSnapshot node, Estimate estimate, int ahead) {
    }

    public RoutingDecision decide(RouteRequest request, List<NodeSnapshot> nodes, ExpectedLength expectedLength,
                                  Map<String, Integer> recentDispatches) {
        double tokens = expectedLength.expected(request.model(), request.maxTokens());
        List<String> excluded = new ArrayList<>();
        List<Scored> scored = new ArrayList<>(nodes.size());
        List<NodeSnapshot> drained = new ArrayList<>();
        for (NodeSnapshot node : nodes) {
            if (!node.reachable()) {
                excluded.add(node.node() + ": unreachable");
            } else if (!node.models().containsKey(request.model())) {
                excluded.add(node.node() + ": lacks model " + request.model());
            } else if (node.external() && request.keptInMesh().isPresent()) {
                excluded.add(node.node() + ": its backend is outside the mesh, and the gatekeeper's rule "
                        + request.keptInMesh().get() + " keeps this request inside");
            } else if (!node.drainedBy().isEmpty()) {
                drained.add(node);
            } else {
                scored.add(scored(node, request, tokens, recentDispatches));
            }
        }
        // A drained node is the last resort, not a refusal: a mesh (or a solo node) whose every server of the
        // model is drained still answers, and the route event says so.
        String lastResort = scored.isEmpty() && !drained.isEmpty() ? " (routed to anyway: no other node serves it)" : "";
        for (NodeSnapshot node : drained) {
            excluded.add(node.node() + ": drained: " + String.join(", ", node.drainedBy()) + lastResort);
            if (!lastResort.isEmpty()) scored.add(scored(node, request, tokens, recentDispatches));
        }
        if (scored.isEmpty()) return new RoutingDecision(request.model(), Optional.empty(), List.of(), excluded);
        scored.sort(BY_SECONDS);
        double tieLimit = scored.get(0).estimate.seconds() * (1 + NEAR_TIE);
        int winner = pickAmongNearTies(scored, tieLimit);
        Scored chosen = scored.remove(winner);
        scored.add(0, chosen);
        List<Candidate> candidates = new ArrayList<>(scored.size());
        candidates.add(new Candidate(chosen.estimate, null));
        for (int i = 1; i < scored.size(); i++) {
            candidates.add(new Candidate(scored.get(i).estimate, LossReasons.why(scored.get(i), chosen, tieLimit)));
        }
        return new RoutingDecision(request.model(), Optional.of(chosen.estimate.node()), candidates, excluded);
    }

    private Scored scored(NodeSnapshot node, RouteRequest request, double tokens, Map<String, Integer> recentDispatches) {
        int recent = Math.max(0, recentDispatches.getOrDefault(node.node(), 0));
        Estimate estimate = costModel.estimate(node, request, tokens, recent);
        return new Scored(node, estimate, node.activeGenerations() + node.queuedGenerations() + recent);
    }

    /** Index (in {@code sorted}) of the least busy near-tie of the best, rotating among equally busy ones. */
    private int pickAmongNearTies(List<Scored> sorted, double limit) {
        int fewest = Integer.MAX_VALUE;
        int tied = 0;
        for (int i = 0; i < sorted.size() && sorted.get(i).estimate.seconds() <= limit; i++) {
            int ahead = sorted.get(i).ahead;
            if (ahead < fewest) {
                fewest = ahead;
                tied = 1;
            } else if (ahead == fewest) {
                tied++;
            }
        }
        int turn = tied == 1 ? 0 : (int) Math.floorMod(rotation.getAndIncrement(), (long) tied);
        for (int i = 0; ; i++) {
            if (sorted.get(i).ahead == fewest && turn-- == 0) return i;
        }
    }
}
