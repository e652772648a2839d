package aura.domain.problem;

/** Input that breaks a rule; {@code field} names what the person must fix. Nothing is changed when it is thrown. */
public class InvalidInput extends IllegalArgumentException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
