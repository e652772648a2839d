package aura.application.chat;

import aura.application.chat.port.PeerGeneration;
import aura.application.routing.Dispatches;
import aura.application.routing.PlanRoute;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.Resumption;
import aura.domain.chat.TokenSink;
import aura.domain.mesh.Heartbeat;
import aura.application.node.ThisNode;
import aura.application.policy.AdmitGeneration;
import aura.application.policy.CurrentPolicies;
import aura.application.policy.FallbackChains;
import aura.application.policy.RecordUsage;
import aura.application.policy.port.ResponseCache;
import aura.domain.policy.CachedAnswer;
import aura.domain.policy.ResponseKey;
import aura.domain.routing.Candidate;
import aura.domain.routing.RouteRequest;
import aura.domain.routing.RoutingDecision;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One generation routed through the mesh: the router picks a node, the answer streams from it, and if that node
 * fails or stalls the next-best candidate continues the same answer. Continuing means the partial answer goes to
 * the next node as a final assistant turn, which its backend adapter sends as that server resumes answers
 * (continues a prefill, or starts over); whatever it sends passes through a {@link Resumption}, which drops a
 * repeated start, so the person sees one answer without repeated or missing text. When no node serves the
 * model, the rest of its tier's fallback chain (as the tiers stand now) is tried, then the emergency answers: an
 * answer the cache keeps for the same messages, else the template the mesh's owner wrote. A
 * deterministic request ({@link GenerationRequest#deterministic()}) answered whole before is answered from the
 * {@link ResponseCache} without routing, by {@link #CACHE}; every door (the chat, /v1, /ollama) comes through here.
 * Runs on the caller's thread.
 */
@Singleton
public class RoutedGeneration implements MeshGeneration {
    private static final System.Logger LOG = System.getLogger(RoutedGeneration.class.getName());
    private final PlanRoute planRoute;
    private final RunGeneration local;
    private final PeerGeneration peers;
    private final Dispatches dispatches;
    private final ChatSettings chatSettings;
    private final ThisNode node;
    private final RecordUsage usage;
    private final CurrentPolicies policies;
    private final ResponseCache cache;

    /** Who gave the emergency answer, where a node's name would be. */
    public static final String EMERGENCY = "emergency";
    /** Who answered a request from the cache, where a node's name would be. */
    public static final String CACHE = "cache";

    public RoutedGeneration(PlanRoute planRoute, RunGeneration local, PeerGeneration peers, Dispatches dispatches,
                            ChatSettings chatSettings, ThisNode node, RecordUsage usage, CurrentPolicies policies,
                            ResponseCache cache) {
        this.usage = usage;
        this.policies = policies;
        this.cache = cache;
        this.planRoute = planRoute;
        this.local = local;
        this.peers = peers;
        this.dispatches = dispatches;
        this.chatSettings = chatSettings;
        this.node = node;
    }

    /** Follows a generation; every call arrives on the generating thread. */
    public interface Observer {
        /** Before the generation starts, on the caller's thread: the model the policies chose, and why. */
        default void admitted(AdmitGeneration.Admission admission) {
        }

        void routed(String decisionId, RoutingDecision decision);

        void token(String text);

        void failover(String fromNode, String toNode, String reason);

        void done(Result result);

        void failed(Failure failure);
    }

    public record Result(String servedBy, String text, int promptTokens, int outputTokens, long firstTokenMillis,
                         long totalMillis) {
    }

    public record Failure(String reason, List<String> tried, String partialText, long firstTokenMillis, long totalMillis) {
    }

    @Override
    public void run(GenerationRequest request, Observer observer) {
        run(request, Optional.empty(), observer);
    }

    /** {@code requestedBy}: the user the answer is for, recorded with the routing decision. */
    @Override
    public void run(GenerationRequest request, Optional<String> requestedBy, Observer observer) {
        new Attempts(request, requestedBy, observer).run();
    }

    private final class Attempts {
        private GenerationRequest request;
        private final Optional<String> requestedBy;
        private final Observer observer;
        private final StringBuilder text = new StringBuilder();
        private final long started = System.nanoTime();
        private long firstTokenNanos = -1;

        Attempts(GenerationRequest request, Optional<String> requestedBy, Observer observer) {
            this.request = request;
            this.requestedBy = requestedBy;
            this.observer = observer;
        }

        void run() {
            // A deterministic request already answered is answered again from the cache, and costs nothing.
            String key = request.deterministic() ? ResponseKey.of(request) : null;
            Optional<CachedAnswer> cached = key == null ? Optional.empty() : cache.find(key);
            if (cached.isPresent()) {
                fromCache(cached.get());
                return;
            }
            FallbackChains fallbacks = policies.now().chains();
            GenerationRequest original = request;
            String asked = request.model();
            var route = plan();
            // No node serves the model: the rest of its tier's chain, then the emergency answer (node failover is below).
            for (String next : route.decision().candidates().isEmpty() ? fallbacks.after(request.model()) : List.<String>of()) {
                planRoute.completed(route.decisionId(), request.model(), Optional.empty(), 0, 0,
                        "no node of the mesh serves model " + request.model() + ": falling back to " + next);
                request = request.withModel(next);
                route = plan();
                if (!route.decision().candidates().isEmpty()) break;
            }
            try {
                if (route.decision().candidates().isEmpty() && fallbacks.covers(asked)) {
                    // The emergency answers: one kept for the same messages (asked at temperature 0), else the template.
                    Optional<CachedAnswer> kept = key == null ? cache.find(ResponseKey.of(original)) : Optional.empty();
                    if (kept.isPresent()) {
                        planRoute.completed(route.decisionId(), request.model(), Optional.empty(), 0, 0,
                                "no node of the mesh serves model " + request.model() + ": an answer from the cache");
                        fromCache(kept.get());
                        return;
                    }
                    if (fallbacks.emergencyAnswer().isPresent()) {
                        emergency(route, fallbacks.emergencyAnswer().get());
                        return;
                    }
                }
                // A fall-back model's answer is not kept under the asked model's key: once that model is served
                // again, the next identical request goes to it.
                generate(route, request.model().equals(asked) ? key : null);
            } catch (RuntimeException e) {
                // Whatever broke (the database while flushing, a listener), the decision is logged with it.
                planRoute.completed(route.decisionId(), request.model(), Optional.empty(), 0,
                        millis(System.nanoTime() - started) / 1000.0, "broke: " + e.getMessage());
                throw e;
            }
        }

        private PlanRoute.Route plan() {
            int promptGuess = request.turns().stream().mapToInt(t -> t.content().length()).sum() / 4;
            return planRoute.plan(new RouteRequest(request.model(), request.maxTokens(), promptGuess, request.keptInMesh()),
                    requestedBy);
        }

        /** Answered before: no node is asked, nothing is charged, and the route names the cache. */
        private void fromCache(CachedAnswer answer) {
            observer.routed(UUID.randomUUID().toString(), new RoutingDecision(request.model(), Optional.of(CACHE), List.of(),
                    List.of()));
            token(answer.text());
            long total = millis(System.nanoTime() - started);
            observer.done(new Result(CACHE, text.toString(), answer.promptTokens(), answer.outputTokens(), firstTokenMillis(total), total));
        }

        /** Nothing in the chain can be served: the person gets the mesh owner's answer instead of an error. */
        private void emergency(PlanRoute.Route route, String answer) {
            observer.routed(route.decisionId(), route.decision());
            token(answer);
            long total = millis(System.nanoTime() - started);
            planRoute.completed(route.decisionId(), request.model(), Optional.empty(), 0, total / 1000.0,
                    "no node of the mesh serves model " + request.model() + ": the emergency answer");
            observer.done(new Result(EMERGENCY, text.toString(), 0, 0, firstTokenMillis(total), total));
        }

        /** {@code key}: where a deterministic request's whole answer is kept for the next identical one (null: none). */
        private void generate(PlanRoute.Route route, String key) {
            observer.routed(route.decisionId(), route.decision());
            List<String> tried = new ArrayList<>(route.decision().excluded());
            int prompt = 0;
            int output = 0;
            String previous = null;
            for (Candidate candidate : route.decision().candidates()) {
                String target = candidate.node();
                if (previous != null) observer.failover(previous, target, tried.get(tried.size() - 1));
                Object dispatch = dispatches.sent(target);
                try {
                    GenerationOutcome outcome = attempt(target, route.reachable().get(target));
                    prompt += outcome.promptTokens();
                    output += outcome.outputTokens();
                    long total = millis(System.nanoTime() - started);
                    // An answer cut at max_tokens says nothing about how long answers are: it is not learnt from.
                    boolean cut = request.maxTokens().isPresent() && output >= request.maxTokens().getAsInt();
                    planRoute.completed(route.decisionId(), request.model(), Optional.of(target), cut ? 0 : output,
                            total / 1000.0, "completed");
                    charge(target, prompt, output);
                    if (key != null) cache.keep(key, new CachedAnswer(request.model(), text.toString(), prompt, output));
                    observer.done(new Result(target, text.toString(), prompt, output, firstTokenMillis(total), total));
                    return;
                } catch (BackendFailure e) {
                    tried.add(target + ": " + e.getMessage());
                    previous = target;
                } finally {
                    dispatches.finished(dispatch);
                }
            }
            String reason = route.decision().candidates().isEmpty()
                    ? "no node of the mesh serves model " + request.model() + " (" + String.join("; ", tried) + ")"
                    : "no node could finish the answer (" + String.join("; ", tried) + ")";
            long total = millis(System.nanoTime() - started);
            planRoute.completed(route.decisionId(), request.model(), Optional.empty(), 0, total / 1000.0, reason);
            observer.failed(new Failure(reason, tried, text.toString(), firstTokenNanos < 0 ? 0 : firstTokenMillis(total), total));
        }

        /** Before the answer is done, so a person who reads their usage after an answer finds it counted. */
        private void charge(String target, int prompt, int output) {
            if (requestedBy.isEmpty()) return;
            try {
                usage.record(requestedBy.get(), request.model(), target, prompt, output);
            } catch (RuntimeException e) {
                // The answer is whole; a ledger that cannot be written now must not take it from the person.
                LOG.log(System.Logger.Level.WARNING, "usage of an answer by " + target + " not recorded: " + e.getMessage());
            }
        }

        private GenerationOutcome attempt(String target, Heartbeat peer) {
            // What the person has already seen: this run's text, after the partial answer a continued one starts from.
            String shown = request.continuesAnAnswer() ? request.turns().get(request.turns().size() - 1).content() + text : text.toString();
            boolean resuming = !shown.isEmpty();
            GenerationRequest next = text.length() > 0 ? request.continuing(text.toString()) : request;
            Resumption resumption = new Resumption(shown);
            TokenSink sink = resuming ? piece -> shown(resumption.accept(piece)) : this::token;
            Cancellation cancel = new Cancellation();
            GenerationOutcome outcome;
            if (target.equals(node.identity().name())) {
                outcome = local.run(next, sink, cancel);
            } else {
                if (peer == null) throw new BackendFailure("no live heartbeat");
                // The watch sees every piece the node sends, held ones too: a node repeating the start is not stalled.
                try (StallWatch watch = new StallWatch(cancel, chatSettings.firstTokenTimeout(), chatSettings.stallTimeout())) {
                    outcome = peers.generate(peer.address(), peer.port(), next, watch.watching(sink), cancel);
                }
            }
            if (resuming) shown(resumption.finish());
            return outcome;
        }

        private void shown(String piece) {
            if (!piece.isEmpty()) token(piece);
        }

        private void token(String piece) {
            if (firstTokenNanos < 0) firstTokenNanos = System.nanoTime();
            text.append(piece);
            observer.token(piece);
        }

        private long firstTokenMillis(long totalMillis) {
            return firstTokenNanos < 0 ? totalMillis : millis(firstTokenNanos - started);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
