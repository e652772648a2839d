package aura.domain.problem;

/** The request is valid but the current state refuses it (HTTP 409). */
public class Conflict extends Refusal {
    public Conflict(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
