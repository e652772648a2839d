package aura.application.policy;

import aura.application.policy.port.RateLimits;
import aura.domain.policy.RateLimit;
import aura.domain.policy.RateLimited;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * Admits a request under the rate limits of its person and, when it came with one, its API key; refuses it with
 * 429 and the wait otherwise. The person's bucket is taken from first, so a key's refusal still counts the request
 * against its person (a client hammering with a key slows its person's other doors down too).
 */
@Singleton
public record ThrottleRequests(RateLimits limits, RateLimitSettings settings) {
    /** The rate-limit key of a person and of an API key. */
    public static String userKey(String userId) {
        return "user:" + userId;
    }

    public static String apiKeyKey(String apiKeyId) {
        return "key:" + apiKeyId;
    }

    public void admit(String userId, Optional<String> apiKey) {
        refuseOver(userKey(userId), settings.perUser(), "you");
        if (apiKey.isPresent()) refuseOver(apiKeyKey(apiKey.get()), settings.perApiKey(), "this API key");
    }

    private void refuseOver(String key, RateLimit limit, String who) {
        if (!limit.limitsRequests() && !limit.limitsTokens()) return;
        Optional<Duration> wait = limits.admit(key, limit);
        if (wait.isPresent()) {
            throw new RateLimited(who + " sent more than the rate limit allows (" + describe(limit)
                    + "); try again in " + Math.max(1, (wait.get().toMillis() + 999) / 1000) + " s", wait.get());
        }
    }

    private static String describe(RateLimit l) {
        StringBuilder s = new StringBuilder();
        if (l.limitsRequests()) s.append(l.requestsPerMinute()).append(" requests");
        if (l.limitsTokens()) s.append(s.length() > 0 ? " and " : "").append(l.tokensPerMinute()).append(" tokens");
        return s.append(" a minute").toString();
    }
}
