package aura.domain.policy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gatekeeper's enabled rules, compiled: which one (the first, in the given order) matches a request's text. An
 * {@code any} rule that matches blocks it; an {@code external} one keeps it inside the mesh.
 */
public final class GateRules {
    private record Compiled(GateRule rule, Pattern pattern) {
    }

    private final List<Compiled> rules;

    public GateRules(List<GateRule> rules) {
        this.rules = rules.stream().filter(GateRule::enabled).map(r -> new Compiled(r, GateRule.compile(r.pattern()))).toList();
    }

    /** The first rule of {@code scope} that matches {@code text}. */
    public Optional<GateRule> matching(String text, GateRule.Scope scope) {
        for (Compiled c : rules) {
            if (c.rule().scope() == scope && c.pattern().matcher(text).find()) return Optional.of(c.rule());
        }
        return Optional.empty();
    }
}
