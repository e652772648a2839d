package aura.domain.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much thought a request needs, 0 (a one-line chore) to 10 (an open analysis), from what it says: the kind of
 * task its verbs name (analyse, strategy, plan against create, update, list), its length, how many things it
 * names, whether it asks for reasoning, and whether it carries code. Rules, not a model: each point has a reason
 * a person can read. Its accuracy on a labelled set is measured in {@code ComplexityScorerAccuracyTest}.
 */
public final class ComplexityScorer {
    private static final int BASE = 2;
    private static final Pattern STRATEGIC = words("analy[sz]e?", "analysis", "strateg(y|ic|ies)", "plan(ning)?",
            "design", "architect(ure)?", "evaluate", "assess(ment)?", "compare", "comparison", "trade-?offs?",
            "optimi[sz]e", "research", "investigate", "diagnose", "recommend(ation)?", "roadmap", "critique",
            "prioriti[sz]e", "forecast", "prove", "derive", "migrat(e|ion)");
    private static final Pattern EXECUTION = words("create", "add", "update", "list", "delete", "remove", "rename",
            "show", "set", "remind", "translate", "convert", "format", "spell", "capitali[sz]e", "sort", "count",
            "what time", "define", "lookup", "look up", "fix the typo", "reply", "thank");
    private static final Pattern REASONING = words("why", "because", "therefore", "step by step", "pros and cons",
            "what if", "how would", "should (we|i)", "implications?", "risks?", "justify", "explain how",
            "reason(ing)?", "consequences?", "alternatives?", "long-term");
    private static final Pattern CODE = Pattern.compile("```|\\b(def|class|public|function|return|import|SELECT|"
            + "INSERT|stack ?trace|exception|null pointer|regex|compile[sd]?)\\b|[{};]\\s*$|\\w+\\([^)]*\\)",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    /** Things a request names: capitalised words inside sentences, numbers with units, quoted names. */
    private static final Pattern ENTITY = Pattern.compile("(?<![.!?]\\s)(?<!^)\\b[A-Z][a-zA-Z0-9]+|\\b\\d+(\\.\\d+)?\\s*(%|[a-zA-Z]+)?|\"[^\"]+\"");

    private static Pattern words(String... alternatives) {
        return Pattern.compile("\\b(" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** The score and the reasons for its points. */
    public record Score(int value, List<String> reasons) {
        public Score {
            if (value < 0 || value > 10) throw new IllegalArgumentException("a complexity score is 0..10");
            reasons = List.copyOf(reasons);
        }
    }

    public Score score(String text) {
        String t = text == null ? "" : text;
        List<String> reasons = new java.util.ArrayList<>();
        int score = BASE;
        int strategic = distinct(STRATEGIC, t);
        if (strategic > 0) {
            int points = strategic >= 2 ? 4 : 3;
            score += points;
            reasons.add("+" + points + " strategic task words");
        } else if (distinct(EXECUTION, t) > 0) {
            score -= 2;
            reasons.add("-2 execution task words");
        }
        int words = t.isBlank() ? 0 : t.strip().split("\\s+").length;
        int length = words > 300 ? 3 : words > 120 ? 2 : words > 40 ? 1 : 0;
        if (length > 0) {
            score += length;
            reasons.add("+" + length + " length (" + words + " words)");
        }
        int entities = distinct(ENTITY, t);
        int named = entities >= 6 ? 2 : entities >= 3 ? 1 : 0;
        if (named > 0) {
            score += named;
            reasons.add("+" + named + " several entities (" + entities + ")");
        }
        if (REASONING.matcher(t).find()) {
            score += 2;
            reasons.add("+2 asks for reasoning");
        }
        if (CODE.matcher(t).find()) {
            score += 2;
            reasons.add("+2 code");
        }
        return new Score(Math.max(0, Math.min(10, score)), reasons);
    }

    private static int distinct(Pattern pattern, String text) {
        Set<String> seen = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) seen.add(m.group().toLowerCase(Locale.ROOT));
        return seen.size();
    }
}
