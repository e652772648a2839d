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
    private final Cache<TokenKey, Validated> validated = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    /**
     * A token as a key, hashed over its last characters only: they are the signature's, as varied as the whole, and
     * hashing the whole ~600 characters on every request was a visible share of its cost. Equal only when the
     * whole token is; only validly signed tokens are ever stored.
     */
    private record TokenKey(String token) {
        private static final int HASHED = 32;

        @Override
        public boolean equals(Object other) {
            return other instanceof TokenKey key && token.equals(key.token);
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (int i = Math.max(0, token.length() - HASHED); i < token.length(); i++) h = 31 * h + token.charAt(i);
            return h;
        }
    }

    /**
     * A validated token's authentication, its {@code exp} in epoch milliseconds (already passed when it had none)
     * and the session, user and name it claims: read once, checked on every request.
     */
    private record Validated(Authentication authentication, long expiresMillis, CheckSession.Claims asked) {
        static Validated of(Authentication auth) {
            var expires = TokenLifetime.instant(auth.getAttributes().get("exp"));
            return new Validated(auth, expires == null ? Long.MIN_VALUE : expires.toEpochMilli(),
                    AccountAuthentication.asked(auth.getAttributes()));
        }
    }

    RecentTokens(ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> jwt, AccountAuthentication accounts) {
        this.jwt = jwt;
        this.accounts = accounts;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (token == null || token.startsWith("aura_")) return Publishers.empty();
        if (validated.getIfPresent(new TokenKey(token)) == null) {
            return Mono.from(jwt.validateToken(token, request))
                    .doOnNext(auth -> validated.put(new TokenKey(token), Validated.of(auth)));
        }
        return remembered(token).map(Publishers::just).orElseGet(Publishers::empty);
    }

    /**
     * The person a token seen before stands for now, checked against their session and account; empty when the
     * token was never validated here (or is forgotten), expired, or refused. Answers on the calling thread.
     */
    Optional<Authentication> remembered(String token) {
        var key = new TokenKey(token);
        Validated known = validated.getIfPresent(key);
        if (known == null) return Optional.empty();
        boolean expired = System.currentTimeMillis() >= known.expiresMillis();
        var current = expired ? Optional.<Authentication>empty() : accounts.recheck(known.authentication(), known.asked());
        if (current.isEmpty()) validated.invalidate(key);
        return current;
    }

    @Override
    public int getOrder() {
        return -100; // before the JWT validator
    }
}
