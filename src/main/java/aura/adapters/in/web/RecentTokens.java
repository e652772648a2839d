package aura.adapters.in.web;

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
import java.util.Optional;

/**
 * Remembers access tokens that passed full JWT validation, so the next request with the same token skips parsing,
 * signature and claim checks (and the thread hop they take) — but never the session and account check: a token
 * whose session was revoked is refused at once, and roles follow the account. A remembered token is forgotten at its expiry. Runs before the JWT validator,
 * which still does the whole job for every token not seen in the last minutes.
 */
@Singleton
class RecentTokens implements TokenValidator<HttpRequest<?>> {
    private final ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> jwt;
    private final AccountAuthentication accounts;
    private final Cache<String, Authentication> validated = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    RecentTokens(ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> jwt, AccountAuthentication accounts) {
        this.jwt = jwt;
        this.accounts = accounts;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (token == null || token.startsWith("aura_")) return Publishers.empty();
        if (validated.getIfPresent(token) == null) {
            return Mono.from(jwt.validateToken(token, request)).doOnNext(auth -> validated.put(token, auth));
        }
        return remembered(token).map(Publishers::just).orElseGet(Publishers::empty);
    }

    /**
     * The person a token seen before stands for now, checked against their session and account; empty when the
     * token was never validated here (or is forgotten), expired, or refused. Answers on the calling thread.
     */
    Optional<Authentication> remembered(String token) {
        Authentication known = validated.getIfPresent(token);
        if (known == null) return Optional.empty();
        var current = expired(known) ? Optional.<Authentication>empty() : accounts.recheck(known);
        if (current.isEmpty()) validated.invalidate(token);
        return current;
    }

    private static boolean expired(Authentication auth) {
        var expires = TokenLifetime.instant(auth.getAttributes().get("exp"));
        return expires == null || !java.time.Instant.now().isBefore(expires);
    }

    @Override
    public int getOrder() {
        return -100; // before the JWT validator
    }
}
