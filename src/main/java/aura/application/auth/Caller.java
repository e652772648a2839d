package aura.application.auth;

import aura.domain.problem.NotAllowed;

/** The authenticated person behind a request, and the session their token belongs to. */
public record Caller(String userId, String username, boolean admin, String sessionId) {

    /** The API key the request came with, if it came with one rather than a session's token. */
    public java.util.Optional<String> apiKeyId() {
        return sessionId != null && sessionId.startsWith(API_KEY)
                ? java.util.Optional.of(sessionId.substring(API_KEY.length())) : java.util.Optional.empty();
    }

    /** What a caller authenticated by an API key has for a session id, before the key's id. */
    public static final String API_KEY = "api-key:";

    /** For the actions only admins may take. */
    public void requireAdmin() {
        if (!admin) throw new NotAllowed("only admins can manage users");
    }
}
