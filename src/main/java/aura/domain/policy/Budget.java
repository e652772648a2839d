package aura.domain.policy;

import aura.domain.problem.InvalidInput;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a person may use in a calendar month (UTC): a number of tokens, an amount of dollars, both (whichever runs
 * out first counts) or neither (no limit). Past the budget the person's requests go to the execution tier; with a
 * hard cap they are refused instead.
 */
public record Budget(OptionalLong tokens, OptionalDouble dollars, boolean hardCap) {
    /** At this share of the budget the person is warned. */
    public static final double WARNING_SHARE = 0.8;
    public static final Budget NONE = new Budget(OptionalLong.empty(), OptionalDouble.empty(), false);

    public Budget {
        if (tokens == null) tokens = OptionalLong.empty();
        if (dollars == null) dollars = OptionalDouble.empty();
        if (tokens.isPresent() && tokens.getAsLong() < 0) throw new InvalidInput("tokens", "a token budget is never negative");
        if (dollars.isPresent() && !(dollars.getAsDouble() >= 0 && dollars.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new InvalidInput("dollars", "a budget in dollars is a finite amount, never negative");
        }
    }

    public boolean limited() {
        return tokens.isPresent() || dollars.isPresent();
    }

    /** Where a person stands who has used {@code tokensUsed} tokens costing {@code dollarsUsed} this month. */
    public Standing standing(long tokensUsed, double dollarsUsed) {
        double share = 0;
        if (tokens.isPresent()) share = Math.max(share, ratio(tokensUsed, tokens.getAsLong()));
        if (dollars.isPresent()) share = Math.max(share, ratio(dollarsUsed, dollars.getAsDouble()));
        State state = share >= 1 ? State.SPENT : share >= WARNING_SHARE ? State.NEARLY_SPENT : State.WITHIN;
        return new Standing(this, tokensUsed, dollarsUsed, share, state);
    }

    private static double ratio(double used, double limit) {
        if (limit == 0) return used > 0 ? Double.POSITIVE_INFINITY : 1; // a zero budget is spent from the start
        return used / limit;
    }

    public enum State {
        WITHIN, NEARLY_SPENT, SPENT;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A person's month so far against their budget, and what that means for their next request. */
    public record Standing(Budget budget, long tokensUsed, double dollarsUsed, double share, State state) {
        /** The next request is refused: the budget is spent and capped. */
        public boolean refuses() {
            return state == State.SPENT && budget.hardCap();
        }

        /** The next request goes to the execution tier: the budget is spent but not capped. */
        public boolean downgrades() {
            return state == State.SPENT && !budget.hardCap();
        }
    }
}
