package aura.adapters.in.schedule;

import org.slf4j.Logger;

import java.util.function.IntSupplier;

/** A timer's round that counts its work: work done is logged, and a failure is logged and left to the next round. */
final class Rounds {
    private Rounds() {
    }

    /** Runs {@code round}; logs {@code done} with the count when it is above zero, {@code failed} with the reason. */
    static void counted(Logger log, IntSupplier round, String done, String failed) {
        try {
            int count = round.getAsInt();
            if (count > 0) log.info(done, count);
        } catch (RuntimeException e) {
            log.warn(failed + ": {}", e.getMessage());
        }
    }
}
