package aura.domain.problem;

import java.util.Objects;
import java.util.Optional;

/** Input that breaks a rule; {@code field} names what the person must fix (HTTP 400, CLI exit 2). */
public class InvalidInput extends Refusal {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    @Override
    public Optional<String> field() {
        return Optional.of(field);
    }
}
