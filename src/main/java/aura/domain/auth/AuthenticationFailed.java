package aura.domain.auth;

import aura.domain.problem.Refusal;

/**
 * Credentials or a token were not accepted. The message is the same whatever the reason, so an unknown user
 * and a wrong password cannot be told apart.
 */
public class AuthenticationFailed extends Refusal {
    public static final String MESSAGE = "username or password is wrong";

    public AuthenticationFailed() {
        super(MESSAGE);
    }

    public AuthenticationFailed(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHENTICATED;
    }
}
