package aura.adapters.out.system;

import aura.application.tda.TdaLimits;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.time.Duration;

/** What this node serves of TDA work, from {@code aura.tda.*} (see application.yml and docs/TDA.md). */
@Factory
public class TdaLimitsFactory {
    @Singleton
    TdaLimits tdaLimits(@Property(name = "aura.tda.max-points", defaultValue = "5000") int maxPoints,
                        @Property(name = "aura.tda.max-simplices", defaultValue = "5e9") double maxSimplices,
                        @Property(name = "aura.tda.max-bar-pairs", defaultValue = "4000000") long maxBarPairs,
                        @Property(name = "aura.tda.time-limit", defaultValue = "60s") Duration timeLimit,
                        @Property(name = "aura.tda.max-concurrent", defaultValue = "1") int concurrent,
                        @Property(name = "aura.tda.retry-after", defaultValue = "5s") Duration retryAfter) {
        return new TdaLimits(maxPoints, maxSimplices, maxBarPairs, timeLimit, concurrent, retryAfter);
    }
}
