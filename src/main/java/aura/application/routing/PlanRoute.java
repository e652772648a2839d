package aura.application.routing;

import aura.application.routing.port.RoutingLog;
import aura.application.mesh.GenerationLoad;
import aura.application.mesh.NodeDrain;
import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import aura.application.node.ThisNode;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.ServedModel;
import aura.domain.routing.DrainTime;
import aura.domain.routing.ExpectedLength;
import aura.domain.routing.ModelStats;
import aura.domain.routing.NodeSnapshot;
import aura.domain.routing.RouteRequest;
import aura.domain.routing.Router;
import aura.domain.routing.RoutingDecision;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.UUID;

/**
 * Decides which node generates: snapshots of every live node from the registry (this node's own figures read
 * fresh; a peer's drain time less its heartbeat's age), measured round trips, and this node's dispatches each
 * heartbeat does not show yet, handed to the domain's router. A person's
 * request is never sent somewhere just to measure it: nodes measure their own models in the background
 * ({@code CalibrateModels}), and until then a node is judged by its prior, a GPU node's (its GPU probe, else the
 * inventory's {@code gpus}) far above a CPU node's. A node its monitor drains (a peer's heartbeat says so; this
 * node's own {@link NodeDrain}) gets no new generations. The decision is logged with its estimates and its outcome when
 * the generation ends.
 */
@Singleton
public class PlanRoute {
    private final ThisNode thisNode;
    private final NodeDirectory directory;
    private final GenerationLoad localLoad;
    private final RoundTrips roundTrips;
    private final Dispatches dispatches;
    private final RoutingLog log;
    private final Clock clock;
    private final NodeDrain drain;
    /** The nodes the inventory lists GPUs for, read once: the inventory does not change while the node runs. */
    private final Set<String> gpuNodes;
    private final Router router = new Router();
    private final ExpectedLength expectedLength = new ExpectedLength();
    /** Decisions whose generation is still running: written to the log once, with their outcome, off the first-token path. */
    private final Map<String, RoutingLog.Entry> pending = new java.util.concurrent.ConcurrentHashMap<>();

    public PlanRoute(ThisNode thisNode, NodeDirectory directory, GenerationLoad localLoad, RoundTrips roundTrips,
                     Dispatches dispatches, RoutingLog log, Clock clock, Inventory inventory, NodeDrain drain) {
        this.drain = drain;
        this.thisNode = thisNode;
        this.directory = directory;
        this.localLoad = localLoad;
        this.roundTrips = roundTrips;
        this.dispatches = dispatches;
        this.log = log;
        this.clock = clock;
        this.gpuNodes = inventory.nodes().stream().filter(n -> !n.gpus().isEmpty()).map(n -> n.name())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Where a peer can be reached, by name: from its live heartbeat only. */
    public record Route(String decisionId, RoutingDecision decision, Map<String, Heartbeat> reachable) {
    }

    public Route plan(RouteRequest request) {
        return plan(request, Optional.empty());
    }

    /** {@code requestedBy}: the user the generation is for, so the decision is theirs to see. */
    public Route plan(RouteRequest request, Optional<String> requestedBy) {
        String self = thisNode.identity().name();
        Map<String, Heartbeat> live = new HashMap<>();
        directory.live().forEach(h -> live.put(h.name(), h));
        Instant now = clock.instant();
        List<NodeSnapshot> nodes = new ArrayList<>();
        Map<String, Instant> shownAt = new HashMap<>();
        for (Heartbeat h : live.values()) {
            if (h.name().equals(self)) continue;
            nodes.add(snapshot(h, roundTrips.to(h.name()), h.activeGenerations(), h.queuedGenerations(), h.models(),
                    h.drainSeconds().isPresent()
                            ? OptionalDouble.of(DrainTime.after(h.drainSeconds().getAsDouble(), Duration.between(h.at(), now)))
                            : OptionalDouble.empty(), h.drainedBy(), h.externalBackend()));
            shownAt.put(h.name(), h.at());
        }
        nodes.add(selfSnapshot(live.get(self)));
        shownAt.put(self, now); // this node's own figures are read fresh: they show every dispatch to it
        Map<String, Integer> recent = dispatches.sentAfter(shownAt);
        RoutingDecision decision = router.decide(request, nodes, expectedLength, recent);
        String id = UUID.randomUUID().toString();
        pending.put(id, new RoutingLog.Entry(id, clock.instant(), self, decision, Optional.empty(), Optional.empty(), Optional.empty(), requestedBy));
        return new Route(id, decision, live);
    }

    /**
     * Feeds a finished generation back: its length for later estimates ({@code outputTokens} 0 when it teaches
     * nothing, as for an answer cut at max_tokens), and the outcome for the log.
     */
    public void completed(String decisionId, String model, Optional<String> servedBy, int outputTokens, double seconds, String outcome) {
        if (outputTokens > 0) expectedLength.record(model, outputTokens);
        RoutingLog.Entry decided = pending.remove(decisionId);
        if (decided == null) return;
        log.record(new RoutingLog.Entry(decided.id(), decided.at(), decided.decidedOn(), decided.decision(), servedBy,
                servedBy.isPresent() ? Optional.of(seconds) : Optional.empty(), Optional.of(outcome), decided.requestedBy()));
    }

    private NodeSnapshot selfSnapshot(Heartbeat beat) {
        double cpu = beat == null ? 0 : beat.cpuLoad();
        boolean gpu = beat != null && beat.gpu().available() || listsGpus(thisNode.identity().name());
        var self = new Heartbeat(thisNode.identity().name(), thisNode.identity().role(), thisNode.address(),
                thisNode.port(), cpu, beat == null ? aura.domain.node.GpuInventory.none() : beat.gpu(),
                thisNode.identity().version(), clock.instant(), localLoad.servedModels(),
                localLoad.activeGenerations(), localLoad.queuedGenerations());
        return snapshot(self, Duration.ZERO, self.activeGenerations(), self.queuedGenerations(), self.models(), gpu,
                localLoad.drainSeconds(gpu), drain.drainedBy(), thisNode.externalBackend());
    }

    private NodeSnapshot snapshot(Heartbeat h, Duration rtt, int active, int queued, List<ServedModel> models,
                                  OptionalDouble drainSeconds, List<String> drainedBy, boolean external) {
        return snapshot(h, rtt, active, queued, models, h.gpu().available() || listsGpus(h.name()), drainSeconds,
                drainedBy, external);
    }

    /** Whether the inventory expects GPUs on {@code node}: the prior for a node whose probe finds none (no driver tools, say). */
    private boolean listsGpus(String node) {
        return gpuNodes.contains(node);
    }

    private static NodeSnapshot snapshot(Heartbeat h, Duration rtt, int active, int queued, List<ServedModel> models,
                                         boolean gpu, OptionalDouble drainSeconds, List<String> drainedBy,
                                         boolean external) {
        Map<String, ModelStats> stats = new HashMap<>();
        models.forEach(m -> stats.put(m.name(), new ModelStats(m.name(), m.tokensPerSecond(), m.samples(), m.loaded())));
        return new NodeSnapshot(h.name(), gpu, h.cpuLoad(), active, queued, stats, rtt, !models.isEmpty(), drainSeconds,
                drainedBy, external);
    }
}
