package aura.domain.policy;

import aura.domain.problem.InvalidInput;

/**
 * How much one person, or one API key, may ask per minute: requests, and tokens (prompt and output, as charged).
 * 0 is no limit of that kind. A request is admitted while its requests bucket has one to take and its tokens
 * bucket is not overdrawn; a finished generation's tokens are taken afterwards, so a long answer can overdraw
 * the bucket and the next request waits until it refills.
 */
public record RateLimit(long requestsPerMinute, long tokensPerMinute) {
    public static final RateLimit NONE = new RateLimit(0, 0);

    public RateLimit {
        if (requestsPerMinute < 0) throw new InvalidInput("requestsPerMinute", "requests per minute is 0 (no limit) or more");
        if (tokensPerMinute < 0) throw new InvalidInput("tokensPerMinute", "tokens per minute is 0 (no limit) or more");
    }

    public boolean limitsRequests() {
        return requestsPerMinute > 0;
    }

    public boolean limitsTokens() {
        return tokensPerMinute > 0;
    }
}
