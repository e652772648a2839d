package aura.adapters.in.schedule;

import aura.application.auth.ApplyPendingLogouts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every few seconds, hands the logouts recorded during a session store outage to the store once it is back. */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
record PendingLogoutsApplier(ApplyPendingLogouts applyPendingLogouts) {
    private static final Logger LOG = LoggerFactory.getLogger(PendingLogoutsApplier.class);

    @Scheduled(fixedDelay = "3s", initialDelay = "3s")
    void apply() {
        try {
            int applied = applyPendingLogouts.apply();
            if (applied > 0) LOG.info("Applied {} logouts recorded while the session store was unreachable", applied);
        } catch (RuntimeException e) {
            LOG.warn("Pending logouts not applied yet: {}", e.getMessage());
        }
    }
}
