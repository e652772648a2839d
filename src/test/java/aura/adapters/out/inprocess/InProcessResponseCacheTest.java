package aura.adapters.out.inprocess;

import aura.application.policy.ResponseCacheContract;
import aura.application.policy.port.ResponseCache;

/** A solo node's response cache, in memory. */
class InProcessResponseCacheTest extends ResponseCacheContract {
    @Override
    protected ResponseCache cache() {
        return new InProcessResponseCache(TTL, 100, meters);
    }
}
