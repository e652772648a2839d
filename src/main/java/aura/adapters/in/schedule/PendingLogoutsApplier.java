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
        Rounds.counted(LOG, applyPendingLogouts::apply,
                "Applied {} logouts recorded while the session store was unreachable",
                "Pending logouts not applied yet");
    }
}
