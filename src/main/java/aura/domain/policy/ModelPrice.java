package aura.domain.policy;

import aura.domain.problem.InvalidInput;

/** What a model costs, in dollars per million prompt tokens and per million output tokens; never negative. */
public record ModelPrice(double promptPerMillion, double outputPerMillion) {
    public static final ModelPrice FREE = new ModelPrice(0, 0);

    public ModelPrice {
        if (!(promptPerMillion >= 0) || !(outputPerMillion >= 0) || Double.isInfinite(promptPerMillion)
                || Double.isInfinite(outputPerMillion)) {
            throw new InvalidInput("prices", "a price is a finite number of dollars, never negative");
        }
    }

    public double cost(long promptTokens, long outputTokens) {
        return (promptTokens * promptPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
    }
}
