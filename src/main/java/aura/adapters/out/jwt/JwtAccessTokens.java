package aura.adapters.out.jwt;

import aura.application.auth.port.AccessTokens;
import aura.domain.auth.AuthSession;
import aura.domain.auth.Lifetimes;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens: ES256 JWTs with the user as subject, the session id ({@code sid}), the user id ({@code uid})
 * and roles, valid 30 minutes.
 */
@Singleton
public record JwtAccessTokens(KeyRingSignature signature) implements AccessTokens {
    public static final String ISSUER = "aura";

    @Override
    public String issue(AuthSession session, Instant now) {
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(session.username())
                .claim("sid", session.id())
                .claim("uid", session.userId())
                .claim("roles", session.admin() ? List.of("admin", "user") : List.of("user"))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Lifetimes.DEFAULT.access())))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            return signature.sign(claims).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token: " + e.getMessage(), e);
        }
    }
}
