package aura.domain.chat;

/** A generation backend could not serve: unreachable, answered an error, or stalled. The message says which. */
public class BackendFailure extends RuntimeException {
    public BackendFailure(String message) {
        super(message);
    }

    public BackendFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
