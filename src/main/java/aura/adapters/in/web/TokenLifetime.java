package aura.adapters.in.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * An access token must say when it ends ({@code exp}, in the future) and may not be used before its {@code nbf}
 * or issued in the future: a token without an end would outlive every rotation. A little clock skew between
 * nodes is allowed.
 */
@Singleton
class TokenLifetime implements GenericJwtClaimsValidator<HttpRequest<?>> {
    static final Duration SKEW = Duration.ofSeconds(30);

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Instant now = Instant.now();
        Instant expires = instant(claims.get("exp"));
        if (expires == null || !now.isBefore(expires)) return false;
        Instant notBefore = instant(claims.get("nbf"));
        if (notBefore != null && notBefore.isAfter(now.plus(SKEW))) return false;
        Instant issued = instant(claims.get("iat"));
        return issued == null || !issued.isAfter(now.plus(SKEW));
    }

    static Instant instant(Object value) {
        if (value instanceof Date d) return d.toInstant();
        if (value instanceof Number n) return Instant.ofEpochSecond(n.longValue());
        return null;
    }
}
