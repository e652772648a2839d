package aura.adapters.in.web;

import aura.application.auth.Tokens;
import aura.domain.auth.Lifetimes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/** Browsers carry the tokens as HttpOnly, SameSite=Strict cookies (Secure over https). */
final class AuthCookies {
    static final String ACCESS = "AURA_ACCESS";
    static final String REFRESH = "AURA_REFRESH";
    /** A browser that logged in before: its own allowance of failed logins (see LogIn). Kept across logouts. */
    static final String DEVICE = "AURA_DEVICE";
    /** The refresh token travels only to the auth endpoints that use it. */
    static final String REFRESH_PATH = "/api/auth";

    private AuthCookies() {
    }

    static <T> MutableHttpResponse<T> set(MutableHttpResponse<T> response, HttpRequest<?> request, Tokens tokens) {
        return response.cookie(cookie(ACCESS, tokens.accessToken(), "/", request, Lifetimes.DEFAULT.access().toSeconds()))
                .cookie(cookie(REFRESH, tokens.refreshToken(), REFRESH_PATH, request, Lifetimes.DEFAULT.refresh().toSeconds()));
    }

    static <T> MutableHttpResponse<T> device(MutableHttpResponse<T> response, HttpRequest<?> request, String device,
                                             java.time.Duration lifetime) {
        return response.cookie(cookie(DEVICE, device, REFRESH_PATH, request, lifetime.toSeconds()));
    }

    static <T> MutableHttpResponse<T> clear(MutableHttpResponse<T> response, HttpRequest<?> request) {
        return response.cookie(cookie(ACCESS, "", "/", request, 0)).cookie(cookie(REFRESH, "", REFRESH_PATH, request, 0));
    }

    private static Cookie cookie(String name, String value, String path, HttpRequest<?> request, long maxAgeSeconds) {
        boolean https = "https".equalsIgnoreCase(request.getUri().getScheme()) || request.isSecure();
        return Cookie.of(name, value).httpOnly(true).sameSite(SameSite.Strict).secure(https).path(path)
                .maxAge(maxAgeSeconds);
    }
}
