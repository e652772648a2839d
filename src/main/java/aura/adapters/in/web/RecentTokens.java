package aura.adapters.in.web;

import aura.application.auth.CheckSession;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import com.nimbusds.jwt.JWT;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Date;

/**
 * Remembers access tokens that passed full JWT validation, so the next request with the same token skips parsing,
 * signature and claim checks (and the thread hop they take) — but never the session check: a token whose session
 * was revoked is refused at once. A remembered token is forgotten at its expiry. Runs before the JWT validator,
 * which still does the whole job for every token not seen in the last minutes.
 */
@Singleton
class RecentTokens implements TokenValidator<HttpRequest<?>> {
    private final ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> jwt;
    private final CheckSession checkSession;
    private final Cache<String, Authentication> validated = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    RecentTokens(ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> jwt, CheckSession checkSession) {
        this.jwt = jwt;
        this.checkSession = checkSession;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (token == null || token.startsWith("aura_")) return Publishers.empty();
        Authentication known = validated.getIfPresent(token);
        if (known == null) {
            return Mono.from(jwt.validateToken(token, request)).doOnNext(auth -> validated.put(token, auth));
        }
        if (expired(known) || !(known.getAttributes().get("sid") instanceof String sid) || !checkSession.isLive(sid)) {
            validated.invalidate(token);
            return Publishers.empty();
        }
        return Publishers.just(known);
    }

    private static boolean expired(Authentication auth) {
        Object exp = auth.getAttributes().get("exp");
        long expiresAtMillis = exp instanceof Date d ? d.getTime() : exp instanceof Number n ? n.longValue() * 1000 : 0;
        return System.currentTimeMillis() >= expiresAtMillis;
    }

    @Override
    public int getOrder() {
        return -100; // before the JWT validator
    }
}
