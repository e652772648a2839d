package aura.adapters.in.web;

import aura.application.auth.CheckSession;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/** Every authenticated request: the token's session ({@code sid}) must still be live somewhere in the mesh. */
@Singleton
class LiveSessionValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {
    private final CheckSession checkSession;

    LiveSessionValidator(CheckSession checkSession) {
        this.checkSession = checkSession;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object sid = claims.get("sid");
        return sid instanceof String id && checkSession.isLive(id);
    }
}
