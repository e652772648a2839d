package aura.domain.problem;

/** The caller is known but may not do this (HTTP 403). */
public class NotAllowed extends Refusal {
    public NotAllowed(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
