package aura.adapters.in.web;

import aura.application.auth.Caller;
import aura.application.auth.CheckSession;
import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a validly signed access token into the person it stands for, or into nobody: the session must be live
 * and theirs, and the name and roles are the account's, whatever the token says (see {@link CheckSession}).
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
record AccountAuthentication(CheckSession checkSession) implements JwtAuthenticationFactory {
    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            return authenticate(token.getJWTClaimsSet().getClaims());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** The same decision for a token seen before: its claims, checked against the session and account now. */
    Optional<Authentication> authenticate(Map<String, Object> claims) {
        return checkSession.caller(asked(claims)).map(caller -> of(caller, claims));
    }

    /** What a token's claims ask for, read once when the token is validated. */
    static CheckSession.Claims asked(Map<String, Object> claims) {
        return new CheckSession.Claims(text(claims.get("sid")), text(claims.get("uid")), text(claims.get("sub")));
    }

    /**
     * {@link #authenticate} for an authentication built before, whose claims asked {@code asked}: the same object
     * while the account still gives the same name and roles (so a request builds nothing), a fresh one when they
     * changed, empty when refused.
     */
    Optional<Authentication> recheck(Authentication known, CheckSession.Claims asked) {
        return checkSession.caller(asked)
                .map(caller -> sameRoles(caller, known) ? known : of(caller, known.getAttributes()));
    }

    private static boolean sameRoles(Caller caller, Authentication known) {
        return caller.username().equals(known.getName()) && known.getRoles().contains("admin") == caller.admin();
    }

    private static Authentication of(Caller caller, Map<String, Object> claims) {
        Map<String, Object> attributes = new HashMap<>(claims);
        attributes.remove("roles");
        return Authentication.build(caller.username(), caller.admin() ? List.of("admin", "user") : List.of("user"),
                attributes);
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
