package aura.application.policy;

import aura.application.policy.port.PolicyOverrides;
import aura.domain.policy.PriceList;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The policy settings in force: the node's own ({@code aura.policy.*}) with what an admin changed while the mesh
 * runs laid over them (the tiers' models, which head the fallback chains, and the price list). Read again at most every {@link #FRESH}, so an edit on
 * one node holds on every node within that; an override that cannot be read leaves the last settings known.
 */
@Singleton
public class CurrentPolicies {
    public static final Duration FRESH = Duration.ofSeconds(2);
    private final PolicySettings configured;
    private final PolicyOverrides overrides;
    private final Clock clock;
    private volatile PolicySettings current;
    private volatile Instant readAt = Instant.MIN;

    public CurrentPolicies(PolicySettings configured, PolicyOverrides overrides, Clock clock) {
        this.configured = configured;
        this.overrides = overrides;
        this.clock = clock;
        this.current = configured;
    }

    /** Settings fixed for a test or a tool: nothing overrides them. */
    public static CurrentPolicies fixed(PolicySettings settings) {
        return new CurrentPolicies(settings, new PolicyOverrides() {
            @Override
            public Map<String, String> all() {
                return Map.of();
            }

            @Override
            public void put(String name, Optional<String> value) {
            }
        }, Clock.systemUTC());
    }

    public PolicySettings now() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isAfter(now)) return current;
        try {
            current = over(configured, overrides.all());
            readAt = now;
        } catch (RuntimeException unreadable) {
            // the database is away: the last settings known hold; the next request tries again
        }
        return current;
    }

    /** The node's settings with the overrides laid over them (values were checked when they were saved). */
    static PolicySettings over(PolicySettings s, Map<String, String> o) {
        Tiers t = s.tiers();
        Tiers tiers = new Tiers(o.containsKey("tiers.execution") ? Optional.of(o.get("tiers.execution")) : t.execution(),
                o.containsKey("tiers.strategic") ? Optional.of(o.get("tiers.strategic")) : t.strategic(), t.busyLoad());
        PriceList prices = o.containsKey("prices") ? PriceList.parse(o.get("prices")) : s.prices();
        return new PolicySettings(prices, s.defaultBudget(), tiers, s.fallbacks());
    }

    /** Forgets the settings read, so the next request reads them again (after this node's own edit). */
    void stale() {
        readAt = Instant.MIN;
    }
}
