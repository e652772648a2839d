package aura.domain.problem;

/** The request is valid but the current state refuses it (HTTP 409). */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
