package aura.application.chat;

import aura.application.policy.CurrentPolicies;
import aura.application.policy.FallbackChains;
import aura.application.policy.FallbackSettings;
import aura.application.policy.InMemoryPolicies;
import aura.application.policy.PolicySettings;
import aura.application.policy.Tiers;
import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;
import aura.application.chat.port.GenerationBackend;
import aura.application.chat.port.PeerGeneration;
import aura.application.routing.LiveNodes;
import aura.application.routing.PlanRoute;
import aura.domain.routing.RouteRequest;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;
import aura.domain.routing.RoutingDecision;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static aura.application.routing.LiveNodes.MODEL;
import static aura.application.routing.LiveNodes.SELF;
import static aura.application.routing.LiveNodes.measured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RoutedGeneration over an in-memory mesh: peers and this node's own backend play scripted answers, cut by a
 * failure or a stall where a test says so. No framework, no HTTP.
 */
class RoutedGenerationTest {
    static final String ANSWER = "Paris is the capital of France, on the Seine.";
    static final GenerationRequest QUESTION = new GenerationRequest(MODEL,
            List.of(new ChatTurn(ChatTurn.Speaker.USER, "What is the capital of France?")), OptionalInt.empty());

    final LiveNodes mesh = new LiveNodes();
    final Map<String, Script> scripts = new ConcurrentHashMap<>();
    final Map<String, List<GenerationRequest>> asked = new ConcurrentHashMap<>();
    final Heard heard = new Heard();
    final InMemoryPolicies policies = InMemoryPolicies.none();

    /** How a node answers: the whole answer, or the rest of a prefill; cut after some words when told. */
    record Script(boolean restarts, int cutAfterWords, boolean stalls) {
        static Script continuing() { return new Script(false, -1, false); }
        static Script startingOver() { return new Script(true, -1, false); }
        static Script failsAfter(int words) { return new Script(false, words, false); }
        static Script stallsAfter(int words) { return new Script(false, words, true); }
    }

    GenerationOutcome play(String node, GenerationRequest request, TokenSink sink, Cancellation cancel) {
        asked.computeIfAbsent(node, n -> new CopyOnWriteArrayList<>()).add(request);
        Script script = scripts.get(node);
        String text = ANSWER;
        if (request.continuesAnAnswer() && !script.restarts()) {
            String prefill = request.turns().get(request.turns().size() - 1).content();
            assertThat(ANSWER).startsWith(prefill);
            text = ANSWER.substring(prefill.length());
        }
        String[] words = text.split("(?= )");
        for (int i = 0; i < words.length; i++) {
            if (i == script.cutAfterWords()) {
                if (script.stalls()) awaitCancel(cancel);
                throw new BackendFailure(script.stalls() ? "stream cancelled" : "connection reset");
            }
            sink.token(words[i]);
        }
        return new GenerationOutcome(12, words.length);
    }

    static void awaitCancel(Cancellation cancel) {
        var cancelled = new CountDownLatch(1);
        cancel.onCancel(cancelled::countDown);
        try {
            assertThat(cancelled.await(30, TimeUnit.SECONDS)).as("the stall watch cut the stream").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Peers are told apart by the port their heartbeat advertises. */
    void peer(String node, int port, double tokensPerSecond, Script script) {
        mesh.beat(node, port, measured(MODEL, tokensPerSecond));
        scripts.put(node, script);
    }

    void local(double tokensPerSecond, Script script) {
        mesh.localModels = List.of(measured(MODEL, tokensPerSecond));
        scripts.put(SELF, script);
    }

    RoutedGeneration routed() {
        return withPolicies(new PolicySettings(PriceList.NONE, Budget.NONE, Tiers.NONE));
    }

    RoutedGeneration withPolicies(PolicySettings policySettings) {
        return routed(mesh.planRoute(), policySettings);
    }

    RoutedGeneration routed(PlanRoute plan, PolicySettings policySettings) {
        Map<Integer, String> byPort = new ConcurrentHashMap<>();
        mesh.live().forEach(h -> byPort.put(h.port(), h.name()));
        PeerGeneration peers = (address, port, request, sink, cancel) -> play(byPort.get(port), request, sink, cancel);
        GenerationBackend backend = new GenerationBackend() {
            public List<String> models() { return List.of(MODEL); }
            public Set<String> loadedModels() { return Set.of(MODEL); }
            public GenerationOutcome generate(GenerationRequest r, TokenSink sink, Cancellation cancel) {
                return play(SELF, r, sink, cancel);
            }
        };
        var settings = new ChatSettings(Duration.ofSeconds(30), Duration.ofMillis(200), 2);
        var local = new RunGeneration(backend, new GenerationMeter(backend, LiveNodes.CLOCK), settings);
        return new RoutedGeneration(plan, local, peers, mesh.dispatches, settings, LiveNodes.THIS_NODE, policies.recordUsage(),
                CurrentPolicies.fixed(policySettings), policies);
    }

    /** What the person's side hears, in order. */
    static class Heard implements RoutedGeneration.Observer {
        final List<String> events = new CopyOnWriteArrayList<>();
        final StringBuilder text = new StringBuilder();
        RoutingDecision decision;
        RoutedGeneration.Result result;
        RoutedGeneration.Failure failure;

        public void routed(String id, RoutingDecision d) { decision = d; events.add("routed"); }
        public void token(String t) { text.append(t); }
        public void failover(String from, String to, String reason) { events.add("failover " + from + " -> " + to + ": " + reason); }
        public void done(RoutedGeneration.Result r) { result = r; events.add("done"); }
        public void failed(RoutedGeneration.Failure f) { failure = f; events.add("failed"); }
    }

    @Test
    void onlyAnswersThatEndedByThemselvesTeachHowLongAnswersAre() {
        local(50, Script.continuing());
        PlanRoute plan = mesh.planRoute();
        RoutedGeneration routed = routed(plan, new PolicySettings(PriceList.NONE, Budget.NONE, Tiers.NONE));
        double before = plan.plan(RouteRequest.of(MODEL)).decision().candidates().get(0).estimate().generationSeconds();
        int words = ANSWER.split("(?= )").length;

        for (int i = 0; i < 20; i++) {
            routed.run(new GenerationRequest(MODEL, QUESTION.turns(), OptionalInt.of(words)), Optional.empty(), new Heard());
        }
        double afterCut = plan.plan(RouteRequest.of(MODEL)).decision().candidates().get(0).estimate().generationSeconds();
        assertThat(afterCut).as("answers that reached max_tokens are not learnt as short answers").isEqualTo(before);

        for (int i = 0; i < 20; i++) routed.run(QUESTION, Optional.empty(), new Heard());
        double afterEnded = plan.plan(RouteRequest.of(MODEL)).decision().candidates().get(0).estimate().generationSeconds();
        assertThat(afterEnded).as("answers that ended by themselves are").isLessThan(before);
    }

    @Test
    void theChosenNodeAnswers() {
        peer("gpu", 4001, 90, Script.continuing());
        peer("cpu", 4002, 10, Script.continuing());

        routed().run(QUESTION, Optional.of("ann"), heard);

        assertThat(heard.decision.chosen()).contains("gpu");
        assertThat(heard.events).containsExactly("routed", "done");
        assertThat(heard.text).hasToString(ANSWER);
        assertThat(heard.result.servedBy()).isEqualTo("gpu");
        assertThat(heard.result.text()).isEqualTo(ANSWER);
        assertThat(asked).containsOnlyKeys("gpu");
        assertThat(mesh.log.entries()).singleElement().satisfies(e -> {
            assertThat(e.servedBy()).contains("gpu");
            assertThat(e.outcome()).contains("completed");
            assertThat(e.requestedBy()).contains("ann");
        });
    }

    @Test
    void aFailureMidStreamMovesToTheNextBestNodeWhichContinuesTheSameAnswer() {
        peer("gpu", 4001, 90, Script.failsAfter(3));
        peer("cpu", 4002, 30, Script.continuing());

        routed().run(QUESTION, heard);

        assertThat(heard.events).containsExactly("routed", "failover gpu -> cpu: gpu: connection reset", "done");
        assertThat(heard.text).hasToString(ANSWER);
        assertThat(heard.result.servedBy()).isEqualTo("cpu");
        List<ChatTurn> continued = asked.get("cpu").get(0).turns();
        assertThat(continued.get(continued.size() - 1)).isEqualTo(new ChatTurn(ChatTurn.Speaker.ASSISTANT, "Paris is the"));
        assertThat(mesh.log.entries()).singleElement().satisfies(e -> {
            assertThat(e.servedBy()).contains("cpu");
            assertThat(e.outcome()).contains("completed");
        });
    }

    @Test
    void aNodeThatStartsOverIsHeardWithoutTheRepeatedStart() {
        peer("gpu", 4001, 90, Script.failsAfter(4));
        local(30, Script.startingOver());

        routed().run(QUESTION, heard);

        assertThat(heard.events).containsExactly("routed", "failover gpu -> " + SELF + ": gpu: connection reset", "done");
        assertThat(heard.text).hasToString(ANSWER);
        assertThat(heard.result.text()).isEqualTo(ANSWER);
        assertThat(heard.result.servedBy()).isEqualTo(SELF);
    }

    @Test
    void continuingASavedPartialAnswerOnANodeThatStartsOverAddsOnlyTheRest() {
        local(30, Script.startingOver());
        String partial = "Paris is the capital";
        var continuing = QUESTION.continuing(partial);

        routed().run(continuing, heard);

        assertThat(heard.text).hasToString(ANSWER.substring(partial.length()));
        assertThat(heard.result.text()).isEqualTo(ANSWER.substring(partial.length()));
    }

    @Test
    void aStallMidStreamIsCutAndTheNextBestNodeContinues() {
        peer("gpu", 4001, 90, Script.stallsAfter(2));
        local(30, Script.continuing());

        routed().run(QUESTION, heard);

        assertThat(heard.events).containsExactly("routed", "failover gpu -> " + SELF + ": gpu: stream cancelled", "done");
        assertThat(heard.text).hasToString(ANSWER);
        assertThat(mesh.log.entries()).singleElement().satisfies(e -> assertThat(e.servedBy()).contains(SELF));
    }

    @Test
    void withoutACandidateTheGenerationFailsNamingWhy() {
        mesh.beat("cpu", 4002, measured("mistral", 30));

        routed().run(QUESTION, heard);

        assertThat(heard.events).containsExactly("routed", "failed");
        assertThat(heard.failure.reason()).contains("no node of the mesh serves model " + MODEL, "cpu: lacks model " + MODEL);
        assertThat(heard.failure.partialText()).isEmpty();
        assertThat(mesh.log.entries()).singleElement().satisfies(e -> {
            assertThat(e.servedBy()).isEmpty();
            assertThat(e.outcome().orElseThrow()).isEqualTo(heard.failure.reason());
        });
    }

    @Test
    void whenEveryCandidateFailsThePartialAnswerAndEveryTryAreReported() {
        peer("gpu", 4001, 90, Script.failsAfter(2));
        local(30, Script.failsAfter(3));

        routed().run(QUESTION, heard);

        assertThat(heard.events).endsWith("failed");
        assertThat(heard.failure.reason()).startsWith("no node could finish the answer");
        assertThat(heard.failure.tried()).contains("gpu: connection reset", SELF + ": connection reset");
        assertThat(heard.failure.partialText()).isEqualTo("Paris is the capital of");
        assertThat(heard.text).hasToString("Paris is the capital of");
        assertThat(mesh.log.entries()).singleElement().satisfies(e -> assertThat(e.servedBy()).isEmpty());
    }

    @Test
    void aListenerThatBreaksStillLeavesTheDecisionLoggedWithWhy() {
        peer("gpu", 4001, 90, Script.continuing());
        var breaking = new Heard() {
            @Override
            public void token(String t) { throw new IllegalStateException("the database is gone"); }
        };

        assertThatThrownBy(() -> routed().run(QUESTION, breaking)).hasMessage("the database is gone");

        assertThat(mesh.log.entries()).singleElement()
                .satisfies(e -> assertThat(e.outcome()).contains("broke: the database is gone"));
    }

    /** The strategic tier's model is {@code BIG}, falling back to {@code fallbacks}. */
    RoutedGeneration bigFallingBackTo(List<String> fallbacks, Optional<String> emergency) {
        return withPolicies(new PolicySettings(PriceList.NONE, Budget.NONE, new Tiers(Optional.empty(), Optional.of(BIG), 0.8),
                new FallbackSettings(fallbacks, List.of(), emergency)));
    }

    static final String BIG = "big:70b";
    static final GenerationRequest BIG_QUESTION = QUESTION.withModel(BIG);

    @Test
    void whenNoNodeServesTheModelTheRestOfItsTiersChainAnswers() {
        peer("gpu", 4001, 90, Script.continuing());
        bigFallingBackTo(List.of("missing:1b", MODEL), Optional.empty()).run(BIG_QUESTION, Optional.of("ann"), heard);

        assertThat(heard.events).containsExactly("routed", "done");
        assertThat(heard.decision.model()).isEqualTo(MODEL);
        assertThat(heard.result.servedBy()).isEqualTo("gpu");
        assertThat(asked.get("gpu")).singleElement().satisfies(r -> assertThat(r.model()).isEqualTo(MODEL));
        assertThat(policies.recorded).singleElement().satisfies(u -> assertThat(u.model()).isEqualTo(MODEL));
        assertThat(mesh.log.entries()).extracting(e -> e.outcome().orElse(""))
                .anySatisfy(o -> assertThat(o).contains("falling back to missing:1b"))
                .anySatisfy(o -> assertThat(o).contains("falling back to " + MODEL))
                .contains("completed");
    }

    @Test
    void whenNothingInTheChainCanBeServedTheEmergencyAnswerIsGivenAndWithoutOneTheRequestFails() {
        bigFallingBackTo(List.of("missing:1b"), Optional.of("The mesh is resting; try again soon.")).run(BIG_QUESTION, Optional.of("ann"), heard);

        assertThat(heard.events).containsExactly("routed", "done");
        assertThat(heard.result.servedBy()).isEqualTo(RoutedGeneration.EMERGENCY);
        assertThat(heard.text).hasToString("The mesh is resting; try again soon.");
        assertThat(policies.recorded).as("nothing was generated, nothing charged").isEmpty();

        var without = new Heard();
        bigFallingBackTo(List.of("missing:1b"), Optional.empty()).run(BIG_QUESTION, without);
        assertThat(without.events).containsExactly("routed", "failed");
        assertThat(without.failure.reason()).contains("no node of the mesh serves model missing:1b");
    }

    @Test
    void aFallbackModelsAnswerIsNotKeptAsTheAnswerOfTheModelAsked() {
        peer("gpu", 4001, 90, Script.continuing());
        var deterministic = new GenerationRequest(BIG, BIG_QUESTION.turns(), OptionalInt.empty(), java.util.OptionalDouble.of(0));

        bigFallingBackTo(List.of(MODEL), Optional.empty()).run(deterministic, Optional.of("ann"), heard);

        assertThat(heard.result.servedBy()).isEqualTo("gpu");
        assertThat(policies.answers).as("the next identical request asks " + BIG + " again, once it is served")
                .doesNotContainKey(aura.domain.policy.ResponseKey.of(deterministic));
    }

    @Test
    void aTiersModelThatIsAlsoAnotherTiersFallbackFollowsItsOwnChain() {
        var chains = new FallbackChains(List.of(List.of(BIG, MODEL), List.of(MODEL, "tiny:1b")), Optional.empty());
        assertThat(chains.after(BIG)).containsExactly(MODEL);
        assertThat(chains.after(MODEL)).containsExactly("tiny:1b");
        assertThat(chains.after("tiny:1b")).isEmpty();
        assertThat(chains.after("unknown")).isEmpty();
        assertThat(chains.covers("tiny:1b")).isTrue();
        assertThat(chains.covers("unknown")).as("a model no tier names gets no emergency answer").isFalse();
    }

    @Test
    void aDeterministicRequestAnsweredBeforeIsAnsweredFromTheCacheWithoutANodeOrACharge() {
        peer("gpu", 4001, 90, Script.continuing());
        var deterministic = new GenerationRequest(MODEL, QUESTION.turns(), OptionalInt.empty(), java.util.OptionalDouble.of(0));

        routed().run(deterministic, Optional.of("ann"), heard);
        var again = new Heard();
        routed().run(deterministic, Optional.of("ann"), again);

        assertThat(asked.get("gpu")).as("generated once").hasSize(1);
        assertThat(again.events).containsExactly("routed", "done");
        assertThat(again.decision.chosen()).as("the route names the cache").contains(RoutedGeneration.CACHE);
        assertThat(again.result.servedBy()).isEqualTo(RoutedGeneration.CACHE);
        assertThat(again.text).hasToString(ANSWER);
        assertThat(policies.recorded).as("only the generated answer is charged").hasSize(1);

        var sampled = new GenerationRequest(MODEL, QUESTION.turns(), OptionalInt.empty(), java.util.OptionalDouble.of(0.7));
        routed().run(sampled, Optional.of("ann"), new Heard());
        routed().run(sampled, Optional.of("ann"), new Heard());
        assertThat(asked.get("gpu")).as("a sampled request is generated every time").hasSize(3);
    }

    @Test
    void aRequestKeptInTheMeshIsNeverRoutedToANodeWhoseBackendIsOutsideIt() {
        mesh.publish(new aura.domain.mesh.Heartbeat("cloud", aura.domain.node.Role.COMPUTE, "127.0.0.1", 4002, 0,
                aura.domain.node.GpuInventory.none(), "1", LiveNodes.CLOCK.instant(), List.of(measured(MODEL, 500)), 0, 0,
                java.util.OptionalDouble.empty(), true));
        scripts.put("cloud", Script.continuing());
        peer("gpu", 4001, 20, Script.continuing());

        routed().run(QUESTION.keptInMeshBy(Optional.of("card-number")), Optional.of("ann"), heard);

        assertThat(heard.result.servedBy()).as("the faster node is outside the mesh").isEqualTo("gpu");
        assertThat(heard.decision.excluded()).anySatisfy(e -> assertThat(e).startsWith("cloud: ").contains("outside the mesh")
                .contains("card-number"));
        assertThat(asked).doesNotContainKey("cloud");

        var free = new Heard();
        routed().run(QUESTION, Optional.of("ann"), free);
        assertThat(free.result.servedBy()).as("a request no rule keeps inside goes to the fastest").isEqualTo("cloud");
    }

    @Test
    void whenNothingInTheChainCanBeServedAnAnswerKeptForTheSameMessagesComesBeforeTheTemplate() {
        policies.answers.put(aura.domain.policy.ResponseKey.of(BIG_QUESTION),
                new aura.domain.policy.CachedAnswer(BIG, "Paris, as before.", 10, 4));

        bigFallingBackTo(List.of("missing:1b"), Optional.of("The mesh is resting; try again soon.")).run(BIG_QUESTION, Optional.of("ann"), heard);

        assertThat(heard.events).containsExactly("routed", "done");
        assertThat(heard.decision.chosen()).contains(RoutedGeneration.CACHE);
        assertThat(heard.result.servedBy()).isEqualTo(RoutedGeneration.CACHE);
        assertThat(heard.text).hasToString("Paris, as before.");
        assertThat(policies.recorded).isEmpty();
        assertThat(mesh.log.entries()).extracting(e -> e.outcome().orElse("")).anySatisfy(o -> assertThat(o).contains("an answer from the cache"));
    }
}
