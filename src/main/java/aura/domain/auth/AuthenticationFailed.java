package aura.domain.auth;

/**
 * Credentials or a token were not accepted. The message is the same whatever the reason, so an unknown user
 * and a wrong password cannot be told apart.
 */
public class AuthenticationFailed extends RuntimeException {
    public static final String MESSAGE = "username or password is wrong";

    public AuthenticationFailed() {
        super(MESSAGE);
    }

    public AuthenticationFailed(String message) {
        super(message);
    }
}
