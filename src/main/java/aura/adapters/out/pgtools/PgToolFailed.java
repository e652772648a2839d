package aura.adapters.out.pgtools;

/** A Postgres tool could not be run or exited with an error: the node's failure, not the caller's (exit 1, 500). */
final class PgToolFailed extends RuntimeException {
    PgToolFailed(String message) {
        super(message);
    }
}
