package aura.adapters.out.system;

import aura.application.policy.FallbackSettings;
import aura.application.policy.GatekeeperSettings;
import aura.application.policy.RateLimitSettings;
import aura.domain.policy.RateLimit;
import java.time.Duration;
import aura.application.policy.PolicySettings;
import aura.application.policy.Tiers;
import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.Refusal;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Policy settings from {@code aura.policy.*} (see application.yml). Numbers, times and switches are read as text
 * and converted here (a value Micronaut cannot convert would otherwise quietly become the default), and the beans
 * are made as the node starts: a bad value stops it before it serves, with one line naming the key.
 */
@Factory
public class PolicySettingsFactory {
    /** The gatekeeper: its rules always (unless disabled), the guard model when one is named. */
    @Context
    GatekeeperSettings gatekeeperSettings(@Property(name = "aura.policy.gatekeeper.enabled", defaultValue = "true") String enabled,
                                          @Property(name = "aura.policy.gatekeeper.guard-model", defaultValue = "") String guard,
                                          @Property(name = "aura.policy.gatekeeper.guard-timeout", defaultValue = "5s") String timeout,
                                          @Property(name = "aura.policy.gatekeeper.fail-open", defaultValue = "false") String failOpen) {
        Duration wait = MonitorSettingsFactory.time("aura.policy.gatekeeper.guard-timeout", timeout, Duration.ofMillis(1), "1ms", Optional.empty());
        return new GatekeeperSettings(yesOrNo("aura.policy.gatekeeper.enabled", enabled), Optional.of(guard), wait,
                yesOrNo("aura.policy.gatekeeper.fail-open", failOpen));
    }

    /** Rate limits per minute, per person and per API key; 0 is none. */
    @Context
    RateLimitSettings rateLimitSettings(@Property(name = "aura.policy.limits.user.requests-per-minute", defaultValue = "0") String userRequests,
                                        @Property(name = "aura.policy.limits.user.tokens-per-minute", defaultValue = "0") String userTokens,
                                        @Property(name = "aura.policy.limits.api-key.requests-per-minute", defaultValue = "0") String keyRequests,
                                        @Property(name = "aura.policy.limits.api-key.tokens-per-minute", defaultValue = "0") String keyTokens) {
        String user = "aura.policy.limits.user.";
        String key = "aura.policy.limits.api-key.";
        return new RateLimitSettings(
                new RateLimit(count(user + "requests-per-minute", userRequests), count(user + "tokens-per-minute", userTokens)),
                new RateLimit(count(key + "requests-per-minute", keyRequests), count(key + "tokens-per-minute", keyTokens)));
    }

    @Context
    PolicySettings policySettings(@Property(name = "aura.policy.prices", defaultValue = "") String prices,
                                  @Nullable @Property(name = "aura.policy.budget.tokens") String tokenBudget,
                                  @Nullable @Property(name = "aura.policy.budget.dollars") String dollarBudget,
                                  @Property(name = "aura.policy.budget.hard-cap", defaultValue = "false") String hardCapSaid,
                                  @Property(name = "aura.policy.tiers.execution", defaultValue = "") String execution,
                                  @Property(name = "aura.policy.tiers.strategic", defaultValue = "") String strategic,
                                  @Property(name = "aura.policy.tiers.busy-load", defaultValue = "0.8") String busyLoadSaid,
                                  @Property(name = "aura.policy.fallback.strategic", defaultValue = "") String strategicFallbacks,
                                  @Property(name = "aura.policy.fallback.execution", defaultValue = "") String executionFallbacks,
                                  @Property(name = "aura.policy.fallback.emergency-answer", defaultValue = "") String emergency) {
        Long tokens = tokenBudget == null || tokenBudget.isBlank() ? null : count("aura.policy.budget.tokens", tokenBudget);
        Double dollars = dollarBudget == null || dollarBudget.isBlank() ? null : number("aura.policy.budget.dollars", dollarBudget);
        boolean hardCap = yesOrNo("aura.policy.budget.hard-cap", hardCapSaid);
        double busyLoad = number("aura.policy.tiers.busy-load", busyLoadSaid);
        if (!(busyLoad > 0)) throw new InvalidInput("aura.policy.tiers.busy-load", "aura.policy.tiers.busy-load is a load above 0, like 0.8; not '" + busyLoadSaid + "'");
        try {
            var budget = new Budget(tokens == null ? OptionalLong.empty() : OptionalLong.of(tokens),
                    dollars == null ? OptionalDouble.empty() : OptionalDouble.of(dollars), hardCap);
            // each tier's chain is headed by the tier's model in force (CurrentPolicies), so only the fallbacks are kept here
            var fallbacks = new FallbackSettings(List.of(strategicFallbacks.split(",")), List.of(executionFallbacks.split(",")),
                    Optional.of(emergency).filter(a -> !a.isBlank()));
            return new PolicySettings(PriceList.parse(prices), budget,
                    new Tiers(Optional.of(execution), Optional.of(strategic), busyLoad), fallbacks);
        } catch (Refusal bad) {
            String key = bad.field().map(f -> f.equals("prices") ? "aura.policy.prices" : "aura.policy.budget." + f).orElse("aura.policy");
            throw new InvalidInput(key, key + ": " + bad.getMessage());
        }
    }

    /** A whole number of at least 0 (a count or a limit), refused naming {@code key}. */
    static long count(String key, String text) {
        try {
            long n = Long.parseLong(text.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInput(key, key + " is a whole number of at least 0; not '" + text + "'");
    }

    private static double number(String key, String text) {
        try {
            double n = Double.parseDouble(text.strip());
            if (Double.isFinite(n) && n >= 0) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInput(key, key + " is a number of at least 0; not '" + text + "'");
    }

    private static boolean yesOrNo(String key, String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(key, key + " is true or false; not '" + text + "'");
        };
    }
}
