package aura.adapters.in.web;

import aura.application.policy.PolicySettings;
import aura.domain.policy.Tier;
import aura.application.policy.ReadPolicies;
import aura.application.policy.SetPolicies;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/**
 * The policy settings in force, for admins: {@code GET /api/policy/settings}; {@code PUT} changes a tier's model
 * and/or the price list while the mesh runs (an empty value puts the node's own setting back).
 */
@Controller("/api/policy/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record PolicySettingsController(ReadPolicies readPolicies, SetPolicies setPolicies) {
    @Serdeable
    record Change(@Nullable String tier, @Nullable String model, @Nullable String prices) {
    }

    @Serdeable
    record PriceView(String model, double prompt, double output) {
    }

    @Serdeable
    record SettingsView(@Nullable String execution, @Nullable String strategic, List<PriceView> prices, String pricesText,
                        PolicyViews.BudgetLimitView defaultBudget, List<String> executionChain, List<String> strategicChain) {
        static SettingsView of(PolicySettings s) {
            var prices = s.prices().prices().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> new PriceView(e.getKey(), e.getValue().promptPerMillion(), e.getValue().outputPerMillion())).toList();
            String text = String.join(", ", prices.stream().map(p -> p.model() + "=" + number(p.prompt()) + "/" + number(p.output())).toList());
            return new SettingsView(s.tiers().execution().orElse(null), s.tiers().strategic().orElse(null), prices, text,
                    PolicyViews.BudgetLimitView.of(s.defaultBudget()), s.fallbacks().chain(Tier.EXECUTION, s.tiers()),
                    s.fallbacks().chain(Tier.STRATEGIC, s.tiers()));
        }

        private static String number(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }

    @Get
    SettingsView settings(Authentication auth) {
        return SettingsView.of(readPolicies.read(RequestContext.caller(auth)));
    }

    @Put
    SettingsView change(Authentication auth, @Body Change body) {
        var caller = RequestContext.caller(auth);
        setPolicies.set(caller, new SetPolicies.Change(Optional.ofNullable(body.tier()), Optional.ofNullable(body.model()),
                Optional.ofNullable(body.prices())));
        return SettingsView.of(readPolicies.read(caller));
    }
}
