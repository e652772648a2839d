package aura.application.auth;

/** The authenticated person behind a request, and the session their token belongs to. */
public record Caller(String userId, String username, boolean admin, String sessionId) {
}
