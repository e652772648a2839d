package aura.application.auth.port;

import aura.domain.auth.AuthSession;

import java.time.Instant;

/** Issues signed access tokens (JWT) that carry the session's id. */
public interface AccessTokens {
    String issue(AuthSession session, Instant now);
}
