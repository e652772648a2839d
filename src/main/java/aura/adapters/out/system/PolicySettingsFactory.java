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
import aura.domain.problem.Refusal;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Policy settings from {@code aura.policy.*} (see application.yml); a bad value stops the node naming the key. */
@Factory
public class PolicySettingsFactory {
    /** The gatekeeper: its rules always (unless disabled), the guard model when one is named. */
    @Singleton
    GatekeeperSettings gatekeeperSettings(@Property(name = "aura.policy.gatekeeper.enabled", defaultValue = "true") boolean enabled,
                                          @Property(name = "aura.policy.gatekeeper.guard-model", defaultValue = "") String guard,
                                          @Property(name = "aura.policy.gatekeeper.guard-timeout", defaultValue = "5s") Duration timeout,
                                          @Property(name = "aura.policy.gatekeeper.fail-open", defaultValue = "false") boolean failOpen) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalStateException("aura.policy.gatekeeper.guard-timeout: a positive time, e.g. 5s");
        return new GatekeeperSettings(enabled, Optional.of(guard), timeout, failOpen);
    }

    /** Rate limits per minute, per person and per API key; 0 is none. */
    @Singleton
    RateLimitSettings rateLimitSettings(@Property(name = "aura.policy.limits.user.requests-per-minute", defaultValue = "0") long userRequests,
                                        @Property(name = "aura.policy.limits.user.tokens-per-minute", defaultValue = "0") long userTokens,
                                        @Property(name = "aura.policy.limits.api-key.requests-per-minute", defaultValue = "0") long keyRequests,
                                        @Property(name = "aura.policy.limits.api-key.tokens-per-minute", defaultValue = "0") long keyTokens) {
        try {
            return new RateLimitSettings(new RateLimit(userRequests, userTokens), new RateLimit(keyRequests, keyTokens));
        } catch (Refusal bad) {
            throw new IllegalStateException("aura.policy.limits: " + bad.getMessage(), bad);
        }
    }

    @Singleton
    PolicySettings policySettings(@Property(name = "aura.policy.prices", defaultValue = "") String prices,
                                  @Nullable @Property(name = "aura.policy.budget.tokens") Long tokens,
                                  @Nullable @Property(name = "aura.policy.budget.dollars") Double dollars,
                                  @Property(name = "aura.policy.budget.hard-cap", defaultValue = "false") boolean hardCap,
                                  @Property(name = "aura.policy.tiers.execution", defaultValue = "") String execution,
                                  @Property(name = "aura.policy.tiers.strategic", defaultValue = "") String strategic,
                                  @Property(name = "aura.policy.tiers.busy-load", defaultValue = "0.8") double busyLoad,
                                  @Property(name = "aura.policy.fallback.strategic", defaultValue = "") String strategicFallbacks,
                                  @Property(name = "aura.policy.fallback.execution", defaultValue = "") String executionFallbacks,
                                  @Property(name = "aura.policy.fallback.emergency-answer", defaultValue = "") String emergency) {
        try {
            var budget = new Budget(tokens == null ? OptionalLong.empty() : OptionalLong.of(tokens),
                    dollars == null ? OptionalDouble.empty() : OptionalDouble.of(dollars), hardCap);
            if (!(busyLoad > 0)) throw new IllegalStateException("aura.policy.tiers.busy-load: a load above 0, e.g. 0.8");
            // each tier's chain is headed by the tier's model in force (CurrentPolicies), so only the fallbacks are kept here
            var fallbacks = new FallbackSettings(List.of(strategicFallbacks.split(",")), List.of(executionFallbacks.split(",")),
                    Optional.of(emergency).filter(a -> !a.isBlank()));
            return new PolicySettings(PriceList.parse(prices), budget,
                    new Tiers(Optional.of(execution), Optional.of(strategic), busyLoad), fallbacks);
        } catch (Refusal bad) {
            String key = bad.field().map(f -> f.equals("prices") ? "aura.policy.prices" : "aura.policy.budget." + f).orElse("aura.policy");
            throw new IllegalStateException(key + ": " + bad.getMessage(), bad);
        }
    }
}
