package aura.adapters.in.web;

import aura.application.auth.BootstrapAdmin;
import aura.application.auth.BootstrapNeeded;
import aura.application.auth.EndSession;
import aura.application.auth.ListSessions;
import aura.application.auth.LogIn;
import aura.application.auth.LogOut;
import aura.application.auth.LogOutEverywhere;
import aura.application.auth.RefreshSession;
import aura.application.auth.Tokens;
import aura.domain.auth.AuthSession;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Logging in and out, refreshing, and the caller's sessions across the mesh. */
@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
record AuthController(BootstrapAdmin bootstrapAdmin, BootstrapNeeded bootstrapNeeded, LogIn logIn,
        RefreshSession refreshSession, LogOut logOut, LogOutEverywhere logOutEverywhere, ListSessions listSessions,
        EndSession endSession) {
    @Serdeable
    record Credentials(@Nullable String username, @Nullable String password, @Nullable String totp) {
    }

    @Serdeable
    record RefreshRequest(@Nullable String refreshToken) {
    }

    @Serdeable
    record TokenView(String accessToken, String refreshToken, long expiresIn, String tokenType) {
        static TokenView of(Tokens t) {
            return new TokenView(t.accessToken(), t.refreshToken(), t.expiresIn(), "Bearer");
        }
    }

    @Serdeable
    record Status(boolean bootstrapNeeded) {
    }

    @Serdeable
    record UserView(String username, boolean admin) {
    }

    @Serdeable
    record SessionView(String id, String node, Instant created, Instant lastSeen, String clientAddress,
                       String userAgent, boolean current) {
        static SessionView of(AuthSession s, String currentId) {
            return new SessionView(s.id(), s.node(), s.created(), s.lastSeen(), s.clientAddress(), s.userAgent(),
                    s.id().equals(currentId));
        }
    }

    @Serdeable
    record Ended(int ended) {
    }

    @Get("/status")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Status status() {
        return new Status(bootstrapNeeded.needed());
    }

    @Post("/bootstrap")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<UserView> bootstrap(HttpRequest<?> request, @Body Credentials body) {
        var user = bootstrapAdmin.bootstrap(body.username(), body.password(), RequestContext.client(request));
        return HttpResponse.status(HttpStatus.CREATED).body(new UserView(user.username(), user.admin()));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenView> login(HttpRequest<?> request, @Body Credentials body,
                                  @Nullable @CookieValue(AuthCookies.DEVICE) String device) {
        var loggedIn = logIn.logIn(new LogIn.Command(body.username(), body.password(), body.totp(),
                RequestContext.client(request), Optional.ofNullable(device)));
        Tokens tokens = loggedIn.tokens();
        return AuthCookies.device(AuthCookies.set(HttpResponse.ok(TokenView.of(tokens)), request, tokens), request,
                loggedIn.device(), loggedIn.deviceLifetime());
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenView> refresh(HttpRequest<?> request, @Nullable @Body RefreshRequest body,
                                    @Nullable @CookieValue(AuthCookies.REFRESH) String cookie) {
        String token = body != null && body.refreshToken() != null ? body.refreshToken() : cookie;
        Tokens tokens = refreshSession.refresh(token, RequestContext.client(request));
        return AuthCookies.set(HttpResponse.ok(TokenView.of(tokens)), request, tokens);
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(HttpRequest<?> request, Authentication auth) {
        logOut.logOut(RequestContext.caller(auth), RequestContext.client(request));
        return AuthCookies.clear(HttpResponse.noContent(), request);
    }

    @Post("/logout-all")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Ended> logoutAll(HttpRequest<?> request, Authentication auth) {
        int ended = logOutEverywhere.logOutAll(RequestContext.caller(auth), RequestContext.client(request));
        return AuthCookies.clear(HttpResponse.ok(new Ended(ended)), request);
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserView me(Authentication auth) {
        var caller = RequestContext.caller(auth);
        return new UserView(caller.username(), caller.admin());
    }

    @Get("/sessions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<SessionView> sessions(Authentication auth) {
        var caller = RequestContext.caller(auth);
        return listSessions.list(caller).stream().map(s -> SessionView.of(s, caller.sessionId())).toList();
    }

    @Delete("/sessions/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> endSession(HttpRequest<?> request, Authentication auth, String id) {
        endSession.end(RequestContext.caller(auth), id, RequestContext.client(request));
        return HttpResponse.noContent();
    }
}
