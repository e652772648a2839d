package aura.domain.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * Why the node said no to a caller: the one family of outcomes the core raises for a request it will not carry
 * out. Each door (REST, the OpenAI and Ollama doors, the command line) maps a refusal in one place; anything
 * that is not a refusal is a bug and is answered as an internal error. Nothing was changed when one is thrown.
 */
public abstract class Refusal extends RuntimeException {

    /** What kind of no this is; each door has one answer per kind. */
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY, UNAVAILABLE }

    protected Refusal(String message) {
        // A refusal is an answer, not a crash: no stack trace is needed to explain it.
        super(message, null, false, false);
    }

    public abstract Kind kind();

    /** The request field the caller must fix, when the refusal concerns one. */
    public Optional<String> field() {
        return Optional.empty();
    }

    /** How long the caller should wait before trying again, when waiting helps. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
