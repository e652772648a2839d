package aura.application.policy;

import aura.domain.policy.RateLimit;

import java.util.Objects;

/** The rate limits: each person's (all their doors together), and each API key's on top. */
public record RateLimitSettings(RateLimit perUser, RateLimit perApiKey) {
    public static final RateLimitSettings NONE = new RateLimitSettings(RateLimit.NONE, RateLimit.NONE);

    public RateLimitSettings {
        Objects.requireNonNull(perUser, "perUser");
        Objects.requireNonNull(perApiKey, "perApiKey");
    }
}
