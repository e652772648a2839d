package aura.adapters.in.schedule;

import org.slf4j.Logger;

/** A repeating job's log: its first failure and its recovery, not every failed round in between. */
final class FailureStreak {
    private volatile boolean failing;

    /** Runs {@code work}; logs {@code recovered} after a failure, {@code failed} (with the reason for "{}") once. */
    void run(Logger log, Runnable work, String recovered, String failed) {
        try {
            work.run();
            if (failing) log.info(recovered);
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) log.warn(failed, e.getMessage());
            failing = true;
        }
    }
}
