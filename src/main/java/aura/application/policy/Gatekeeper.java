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
 * The check before a generation: the admins' rules over the request's text, then, if one is set, the guard
 * model. A request "could reach an external backend" when any live node serving its model, or a model of its
 * fallback chain, has a backend marked external; its {@code external} rules then apply too. (The router is not
 * asked to avoid those nodes: a request that may not leave the mesh is blocked rather than trusted to the route.)
 * A blocked request is refused ({@link RequestBlocked}, 403) and leaves an audit row without its text.
 */
@Singleton
public record Gatekeeper(GateRuleStore rules, GateAudit audit, GuardModel guard, GatekeeperSettings settings,
                         NodeDirectory directory, FallbackChains fallbacks, Clock clock) {
    /** The rule name audit rows carry for the guard model's verdicts. */
    public static final String GUARD = "guard-model";
    private static final System.Logger LOG = System.getLogger(Gatekeeper.class.getName());

    public void check(String userId, String model, String text) {
        if (!settings.enabled() || text == null || text.isEmpty()) return;
        boolean external = reachesExternal(model);
        Optional<GateRule> rule = new GateRules(rules.all()).blocking(text, external);
        if (rule.isPresent()) block(userId, model, rule.get().name(), rule.get().reason(), external);
        if (settings.guardModel().isEmpty()) return;
        var verdict = guard.judge(settings.guardModel().get(), text, settings.guardTimeout());
        if (verdict == GuardModel.Verdict.UNSAFE) block(userId, model, GUARD, "the guard model judged it unsafe", external);
        if (verdict == GuardModel.Verdict.NO_ANSWER && !settings.failOpen()) {
            block(userId, model, GUARD, "the guard model gave no verdict within " + settings.guardTimeout().toMillis()
                    + " ms, and the gatekeeper fails closed", external);
        }
    }

    private boolean reachesExternal(String model) {
        List<String> models = new ArrayList<>(List.of(model));
        models.addAll(fallbacks.after(model));
        for (Heartbeat h : directory.live()) {
            if (h.externalBackend() && h.models().stream().anyMatch(m -> models.contains(m.name()))) return true;
        }
        return false;
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
