package aura.application.policy;

import aura.application.mesh.port.NodeDirectory;
import aura.application.policy.port.GateAudit;
import aura.application.policy.port.GateRuleStore;
import aura.application.policy.port.GuardModel;
import aura.domain.mesh.Heartbeat;
import aura.domain.policy.BlockedRequest;
import aura.domain.policy.GateRule;
import aura.domain.policy.GateRules;
import aura.domain.policy.RequestBlocked;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The check before a generation: the admins' rules over the request's text, then, if one is set, the guard model.
 * An {@code any} rule that matches blocks the request. An {@code external} rule that matches keeps it inside the
 * mesh: the router then leaves out every node whose backend is marked external, and the route says why; the
 * request is blocked only when no live node inside the mesh serves its model or a model of its fallback chain
 * while one outside does. A blocked request is refused ({@link RequestBlocked}, 403) and leaves an audit row
 * without its text.
 */
@Singleton
public record Gatekeeper(GateRuleStore rules, GateAudit audit, GuardModel guard, GatekeeperSettings settings,
                         NodeDirectory directory, CurrentPolicies policies, Clock clock) {
    /** The rule name audit rows carry for the guard model's verdicts. */
    public static final String GUARD = "guard-model";
    private static final System.Logger LOG = System.getLogger(Gatekeeper.class.getName());

    /** The {@code external} rule that keeps the request inside the mesh, if one matched; a blocked request throws. */
    public Optional<String> check(String userId, String model, String text) {
        if (!settings.enabled() || text == null || text.isEmpty()) return Optional.empty();
        GateRules compiled = rules.compiled();
        Optional<GateRule> any = compiled.matching(text, GateRule.Scope.ANY);
        if (any.isPresent()) block(userId, model, any.get().name(), any.get().reason(), reachesExternal(model));
        Optional<GateRule> external = compiled.matching(text, GateRule.Scope.EXTERNAL);
        Optional<String> keptInMesh = external.map(GateRule::name);
        if (external.isPresent() && onlyOutsideServe(model)) {
            block(userId, model, external.get().name(), external.get().reason() + ", and only backends outside the mesh serve "
                    + model, true);
        }
        if (settings.guardModel().isEmpty()) return keptInMesh;
        var verdict = guard.judge(settings.guardModel().get(), text, settings.guardTimeout(), keptInMesh);
        if (verdict == GuardModel.Verdict.UNSAFE) block(userId, model, GUARD, "the guard model judged it unsafe", reachesExternal(model));
        if (verdict == GuardModel.Verdict.NO_ANSWER && !settings.failOpen()) {
            block(userId, model, GUARD, "the guard model gave no verdict within " + settings.guardTimeout().toMillis()
                    + " ms, and the gatekeeper fails closed", reachesExternal(model));
        }
        return keptInMesh;
    }

    /** The live nodes serving {@code model} or a model of its fallback chain (as the tiers stand now). */
    private List<Heartbeat> serving(String model) {
        List<String> models = new ArrayList<>(List.of(model));
        models.addAll(policies.now().chains().after(model));
        List<Heartbeat> serving = new ArrayList<>();
        for (Heartbeat h : directory.live()) {
            if (h.models().stream().anyMatch(m -> models.contains(m.name()))) serving.add(h);
        }
        return serving;
    }

    private boolean reachesExternal(String model) {
        return serving(model).stream().anyMatch(Heartbeat::externalBackend);
    }

    /** Some node outside the mesh could serve the request, none inside: keeping it inside cannot serve it. */
    private boolean onlyOutsideServe(String model) {
        List<Heartbeat> serving = serving(model);
        return !serving.isEmpty() && serving.stream().allMatch(Heartbeat::externalBackend);
    }

    private void block(String userId, String model, String rule, String reason, boolean external) {
        try {
            audit.record(new BlockedRequest(UUID.randomUUID().toString(), clock.instant(), userId, model, rule, reason, external));
        } catch (RuntimeException e) {
            // the request stays blocked: a missing audit row must not let it through
            LOG.log(System.Logger.Level.WARNING, "could not record a blocked request in the audit: " + e.getMessage());
        }
        throw new RequestBlocked(rule, reason);
    }
}
