package aura.application.policy;

import aura.application.auth.Caller;
import aura.application.policy.port.PolicyOverrides;
import aura.domain.policy.PriceList;
import aura.domain.policy.Tier;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * An admin changes, while the mesh runs, a tier's model or the price list (written {@code model=prompt/output,
 * ...}); an empty value puts the node's own setting back. Everything is checked before anything is stored: an
 * unknown tier is a 400 naming {@code tier}, a malformed or negative price one naming {@code prices}.
 */
@Singleton
public record SetPolicies(PolicyOverrides overrides, CurrentPolicies policies) {
    /** What to change: a tier's model ({@code tier} with {@code model}), and/or the prices. */
    public record Change(Optional<String> tier, Optional<String> model, Optional<String> prices) {
    }

    public void set(Caller caller, Change change) {
        if (!caller.admin()) throw new NotAllowed("only admins can change the policies");
        Optional<Tier> tier = change.tier().map(t -> Tier.parse(t, "tier"));
        if (tier.isEmpty() && change.model().isPresent()) throw new InvalidInput("tier", "say which tier the model is for: execution or strategic");
        Optional<String> model = change.model().map(String::strip).filter(m -> !m.isEmpty());
        if (model.isPresent() && model.get().length() > 200) throw new InvalidInput("model", "model name is too long");
        Optional<String> prices = change.prices().map(String::strip);
        if (prices.isPresent() && prices.get().length() > 8000) throw new InvalidInput("prices", "the price list is longer than 8000 characters");
        prices.ifPresent(PriceList::parse); // refused naming prices before anything is stored
        if (tier.isPresent()) overrides.put("tiers." + tier.get().wireName(), model);
        if (prices.isPresent()) overrides.put("prices", prices.filter(p -> !p.isEmpty()));
        policies.stale();
    }
}
