package aura.application.policy;

import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import aura.domain.policy.Budget;
import aura.domain.policy.BudgetSpent;
import aura.domain.policy.ComplexityScorer;
import aura.domain.policy.Tier;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides, before anything is stored or sent, whether a person's request may be generated and with which model.
 * A model the request names is kept; otherwise a pinned tier's model, else the model of the tier its complexity
 * score calls for (0–3 execution, 8–10 strategic, 4–7 strategic unless every node serving it is busy). Past a
 * budget that is not capped the request goes to the execution tier's model (when one is set); past a capped
 * budget it is refused ({@link BudgetSpent}, HTTP 429). Before all that the rate limits of the person and of
 * the API key it came with are taken from ({@link ThrottleRequests}, 429); after the model is chosen the
 * {@link Gatekeeper} checks the text against the rules and the guard model (403, or the request is kept inside the
 * mesh: {@link Admission#keptInMesh()}, which the door puts on its generation). Every chat door comes through here.
 */
@Singleton
public class AdmitGeneration {
    private final BudgetStandings standings;
    private final CurrentPolicies policies;
    private final NodeDirectory directory;
    private final Clock clock;
    private final ThrottleRequests throttle;
    private final Gatekeeper gatekeeper;
    private final ComplexityScorer scorer = new ComplexityScorer();

    public AdmitGeneration(BudgetStandings standings, CurrentPolicies policies, NodeDirectory directory, Clock clock,
                           ThrottleRequests throttle, Gatekeeper gatekeeper) {
        this.throttle = throttle;
        this.gatekeeper = gatekeeper;
        this.standings = standings;
        this.policies = policies;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * A request: the model it names (if any), the text its complexity is read from and the gatekeeper checks, the
     * conversation's pinned tier, and the API key it came with (for the key's rate limit).
     */
    public record Request(String userId, Optional<String> model, String text, Optional<Tier> pinned, Optional<String> apiKey) {
        public Request {
            if (apiKey == null) apiKey = Optional.empty();
        }

        public Request(String userId, Optional<String> model, String text, Optional<Tier> pinned) {
            this(userId, model, text, pinned, Optional.empty());
        }
    }

    /** Where the model came from: named by the request, a pinned tier, the complexity score, or a spent budget. */
    public enum Source { ASKED, PINNED, SCORED, BUDGET }

    /**
     * The model to use, why, the complexity score and the person's standing (which the doors pass on), and the
     * gatekeeper's rule that keeps the request from backends outside the mesh, if one matched.
     */
    public record Admission(String model, Source source, Optional<Tier> tier, ComplexityScorer.Score score,
                            Budget.Standing budget, boolean downgraded, Optional<String> keptInMesh) {
        public Admission(String model, Source source, Optional<Tier> tier, ComplexityScorer.Score score,
                         Budget.Standing budget, boolean downgraded) {
            this(model, source, tier, score, budget, downgraded, Optional.empty());
        }

        Admission keptInMeshBy(Optional<String> rule) {
            return new Admission(model, source, tier, score, budget, downgraded, rule);
        }
    }

    public Admission admit(Request request) {
        throttle.admit(request.userId(), request.apiKey());
        Admission admission = choose(request);
        return admission.keptInMeshBy(gatekeeper.check(request.userId(), admission.model(), request.text()));
    }

    private Admission choose(Request request) {
        Instant now = clock.instant();
        PolicySettings settings = policies.now();
        Budget.Standing standing = standings.of(request.userId(), now);
        if (standing.refuses()) throw new BudgetSpent(standing, now);
        var score = scorer.score(request.text());
        Optional<String> asked = request.model().filter(m -> !m.isBlank());
        if (standing.downgrades() && settings.executionModel().isPresent()) {
            String execution = settings.executionModel().get();
            boolean downgraded = !asked.map(execution::equals).orElse(false);
            return new Admission(execution, Source.BUDGET, Optional.of(Tier.EXECUTION), score, standing, downgraded);
        }
        if (asked.isPresent()) return new Admission(asked.get(), Source.ASKED, Optional.empty(), score, standing, false);
        Tiers tiers = settings.tiers();
        if (request.pinned().isPresent()) {
            Tier tier = request.pinned().get();
            String model = tiers.model(tier).orElseThrow(() -> new InvalidInput("model",
                    "choose a model: the " + tier.wireName() + " tier has none (aura.policy.tiers." + tier.wireName() + ")"));
            return new Admission(model, Source.PINNED, Optional.of(tier), score, standing, false);
        }
        Tier tier = Tier.forScore(score.value(), tiers.strategic().map(m -> busy(m, tiers.busyLoad())).orElse(true));
        // A tier without a model lends the other's: one configured model serves every request.
        Optional<String> model = tiers.model(tier).or(() -> tiers.model(tier == Tier.EXECUTION ? Tier.STRATEGIC : Tier.EXECUTION));
        if (model.isEmpty()) throw new InvalidInput("model", "choose a model: no tier has a model (aura.policy.tiers.*)");
        return new Admission(model.get(), Source.SCORED, Optional.of(tier), score, standing, false);
    }

    /** No live node serving {@code model} is free: each has generations in flight or a CPU over the busy load. */
    private boolean busy(String model, double busyLoad) {
        for (Heartbeat h : directory.live()) {
            boolean serves = h.models().stream().anyMatch(m -> m.name().equals(model));
            if (serves && h.activeGenerations() + h.queuedGenerations() == 0 && h.cpuLoad() < busyLoad) {
                return false;
            }
        }
        return true;
    }
}
