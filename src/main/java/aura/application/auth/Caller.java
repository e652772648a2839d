package aura.application.auth;

import aura.domain.problem.NotAllowed;

/** The authenticated person behind a request, and the session their token belongs to. */
public record Caller(String userId, String username, boolean admin, String sessionId) {

    /** For the actions only admins may take. */
    public void requireAdmin() {
        if (!admin) throw new NotAllowed("only admins can manage users");
    }
}
