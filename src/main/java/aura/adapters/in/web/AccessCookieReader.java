package aura.adapters.in.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Browsers send the access token in the HttpOnly {@code AURA_ACCESS} cookie; API clients use Bearer instead. */
@Singleton
class AccessCookieReader implements TokenReader<HttpRequest<?>> {
    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(AuthCookies.ACCESS).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        return 100; // after the Authorization header
    }
}
