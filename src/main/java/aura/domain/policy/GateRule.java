package aura.domain.policy;

import aura.domain.problem.InvalidInput;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One of the gatekeeper's rules, as an admin writes it: a regular expression over the request's text (case
 * insensitive), where it applies, and the reason the person is told when it blocks them. {@code EXTERNAL} rules
 * block only a request that could reach a backend marked external (outside the mesh); {@code ANY} rules block it
 * whatever serves it. A rule that does not compile is refused naming {@code pattern}.
 */
public record GateRule(String name, String pattern, Scope scope, String reason, boolean enabled) {
    public enum Scope {
        ANY, EXTERNAL;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Scope parse(String text) {
            if (text == null || text.isBlank()) return EXTERNAL;
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("scope", "scope '" + text + "' is unknown (expected any or external)");
            }
        }
    }

    public GateRule {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]{0,62}")) {
            throw new InvalidInput("name", "a rule's name is a word of letters, digits, - and _ (at most 63), starting with a letter");
        }
        if (pattern == null || pattern.isBlank()) throw new InvalidInput("pattern", "the rule needs a pattern");
        if (pattern.length() > 2000) throw new InvalidInput("pattern", "the pattern is longer than 2000 characters");
        compile(pattern);
        if (scope == null) throw new InvalidInput("scope", "scope is any or external");
        if (reason == null || reason.isBlank()) reason = "it matches the rule '" + name + "'";
        if (reason.length() > 500) throw new InvalidInput("reason", "the reason is longer than 500 characters");
    }

    /** The pattern as the gatekeeper runs it; a pattern that does not compile is a 400 naming {@code pattern}. */
    public static Pattern compile(String pattern) {
        try {
            return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new InvalidInput("pattern", "the pattern does not compile: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
    }
}
