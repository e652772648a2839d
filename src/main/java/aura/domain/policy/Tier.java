package aura.domain.policy;

import aura.domain.problem.InvalidInput;

import java.util.Locale;

/**
 * A class of model: {@code execution} for quick tasks (create, update, list), {@code strategic} for the ones that
 * need thought (analyse, plan, design). Settings map each to a model.
 */
public enum Tier {
    EXECUTION, STRATEGIC;

    /** The seed's rule: 0–3 execution, 8–10 strategic, 4–7 strategic unless the strategic model is busy. */
    public static Tier forScore(int score, boolean strategicBusy) {
        if (score < 0 || score > 10) throw new IllegalArgumentException("a complexity score is 0..10");
        if (score <= 3) return EXECUTION;
        if (score >= 8) return STRATEGIC;
        return strategicBusy ? EXECUTION : STRATEGIC;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tier parse(String text, String field) {
        if (text != null) {
            for (Tier t : values()) if (t.wireName().equals(text.strip())) return t;
        }
        throw new InvalidInput(field, "a tier is execution or strategic");
    }
}
