package aura.domain.problem;

/** The thing asked for does not exist, or is not the caller's to see (HTTP 404). */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
