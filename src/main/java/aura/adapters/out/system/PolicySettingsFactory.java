package aura.adapters.out.system;

import aura.application.policy.FallbackChains;
import aura.application.policy.PolicySettings;
import aura.application.policy.Tiers;
import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;
import aura.domain.problem.Refusal;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Policy settings from {@code aura.policy.*} (see application.yml); a bad value stops the node naming the key. */
@Factory
public class PolicySettingsFactory {
    /** Each tier's chain: its model, then its fallback models; and the emergency answer. */
    @Singleton
    FallbackChains fallbackChains(PolicySettings settings,
                                  @Property(name = "aura.policy.fallback.strategic", defaultValue = "") String strategic,
                                  @Property(name = "aura.policy.fallback.execution", defaultValue = "") String execution,
                                  @Property(name = "aura.policy.fallback.emergency-answer", defaultValue = "") String emergency) {
        return new FallbackChains(List.of(chain(settings.tiers().strategic(), strategic),
                chain(settings.tiers().execution(), execution)), Optional.of(emergency));
    }

    private static List<String> chain(Optional<String> model, String fallbacks) {
        List<String> chain = new ArrayList<>();
        model.ifPresent(chain::add);
        for (String m : fallbacks.split(",")) if (!m.isBlank()) chain.add(m.strip());
        return chain;
    }

    @Singleton
    PolicySettings policySettings(@Property(name = "aura.policy.prices", defaultValue = "") String prices,
                                  @Nullable @Property(name = "aura.policy.budget.tokens") Long tokens,
                                  @Nullable @Property(name = "aura.policy.budget.dollars") Double dollars,
                                  @Property(name = "aura.policy.budget.hard-cap", defaultValue = "false") boolean hardCap,
                                  @Property(name = "aura.policy.tiers.execution", defaultValue = "") String execution,
                                  @Property(name = "aura.policy.tiers.strategic", defaultValue = "") String strategic,
                                  @Property(name = "aura.policy.tiers.busy-load", defaultValue = "0.8") double busyLoad) {
        try {
            var budget = new Budget(tokens == null ? OptionalLong.empty() : OptionalLong.of(tokens),
                    dollars == null ? OptionalDouble.empty() : OptionalDouble.of(dollars), hardCap);
            if (!(busyLoad > 0)) throw new IllegalStateException("aura.policy.tiers.busy-load: a load above 0, e.g. 0.8");
            return new PolicySettings(PriceList.parse(prices), budget,
                    new Tiers(Optional.of(execution), Optional.of(strategic), busyLoad));
        } catch (Refusal bad) {
            String key = bad.field().map(f -> f.equals("prices") ? "aura.policy.prices" : "aura.policy.budget." + f).orElse("aura.policy");
            throw new IllegalStateException(key + ": " + bad.getMessage(), bad);
        }
    }
}
