package aura.adapters.in.schedule;

import aura.application.chat.ReleaseLeftoverAnswers;
import aura.application.chat.ReleaseOrphanedAnswers;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No answer stays streaming without a live owner: at start-up this node releases what it left streaming, and
 * every few seconds it releases the answers of nodes whose heartbeat is gone.
 */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
record OrphanedAnswerWatch(ReleaseLeftoverAnswers leftovers, ReleaseOrphanedAnswers orphans) {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedAnswerWatch.class);

    @EventListener
    void onStartup(StartupEvent event) {
        int released = leftovers.release();
        if (released > 0) LOG.info("Marked {} answer(s) left streaming by this node as partial", released);
    }

    @Scheduled(fixedDelay = "3s", initialDelay = "3s")
    void watch() {
        Rounds.counted(LOG, orphans::release, "Marked {} answer(s) of nodes without a heartbeat as partial",
                "Could not check for orphaned answers");
    }
}
