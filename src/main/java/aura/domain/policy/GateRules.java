package aura.domain.policy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The gatekeeper's enabled rules, compiled: which one (the first, in the given order) blocks a request. */
public final class GateRules {
    private record Compiled(GateRule rule, Pattern pattern) {
    }

    private final List<Compiled> rules;

    public GateRules(List<GateRule> rules) {
        this.rules = rules.stream().filter(GateRule::enabled).map(r -> new Compiled(r, GateRule.compile(r.pattern()))).toList();
    }

    /** The first rule that blocks {@code text}; an {@code external} rule only when the request could leave the mesh. */
    public Optional<GateRule> blocking(String text, boolean reachesExternal) {
        for (Compiled c : rules) {
            if (c.rule().scope() == GateRule.Scope.EXTERNAL && !reachesExternal) continue;
            if (c.pattern().matcher(text).find()) return Optional.of(c.rule());
        }
        return Optional.empty();
    }
}
