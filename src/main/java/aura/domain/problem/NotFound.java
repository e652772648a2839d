package aura.domain.problem;

/** The thing asked for does not exist, or is not the caller's to see (HTTP 404). */
public class NotFound extends Refusal {
    public NotFound(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
