package aura.adapters.in.web;

import aura.application.auth.ListUsers;
import aura.application.auth.ResetPassword;
import aura.application.auth.SetUserDisabled;
import aura.application.auth.CreateUser;
import aura.application.auth.ReadAuditLog;
import aura.domain.auth.AuditEvent;
import aura.domain.problem.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Admin work: users (create, list, disable, reset password) and the audit log. The use cases enforce that the caller is an admin. */
@Controller("/api/admin")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record AdminController(CreateUser createUser, ReadAuditLog readAuditLog, ListUsers listUsers,
        SetUserDisabled setUserDisabled, ResetPassword resetPassword) {
    @Serdeable
    record AccountView(String id, String username, boolean admin, boolean disabled, boolean totpEnabled) {
        static AccountView of(aura.domain.auth.UserAccount u) {
            return new AccountView(u.id(), u.username(), u.admin(), u.disabled(), u.totpEnabled());
        }
    }

    @Serdeable
    record Disable(@Nullable Boolean disabled) {
    }

    @Serdeable
    record NewPassword(@Nullable String password) {
    }

    @Get("/users")
    List<AccountView> users(Authentication auth) {
        return listUsers.list(RequestContext.caller(auth)).stream().map(AccountView::of).toList();
    }

    @Post("/users/{username}/disabled")
    AccountView disable(HttpRequest<?> request, Authentication auth, String username, @Body Disable body) {
        if (body.disabled() == null) throw new InvalidInput("disabled", "disabled is required: true or false");
        return AccountView.of(setUserDisabled.setDisabled(RequestContext.caller(auth), username, body.disabled(),
                RequestContext.client(request)));
    }

    @Post("/users/{username}/password")
    HttpResponse<Void> resetPassword(HttpRequest<?> request, Authentication auth, String username, @Body NewPassword body) {
        resetPassword.reset(RequestContext.caller(auth), username, body.password(), RequestContext.client(request));
        return HttpResponse.noContent();
    }

    @Serdeable
    record NewUser(@Nullable String username, @Nullable String password, boolean admin) {
    }

    @Serdeable
    record UserView(String id, String username, boolean admin) {
    }

    @Serdeable
    record AuditView(long id, Instant at, String type, String username, String node, String clientAddress,
                     String detail) {
        static AuditView of(AuditEvent e) {
            return new AuditView(e.id(), e.at(), e.type().name().toLowerCase(java.util.Locale.ROOT), e.username(),
                    e.node(), e.clientAddress(), e.detail());
        }
    }

    @Post("/users")
    HttpResponse<UserView> create(HttpRequest<?> request, Authentication auth, @Body NewUser body) {
        var caller = RequestContext.caller(auth);
        var user = createUser.create(new CreateUser.Command(caller.username(), caller.admin(), body.username(),
                body.password(), body.admin()), RequestContext.client(request));
        return HttpResponse.status(HttpStatus.CREATED).body(new UserView(user.id(), user.username(), user.admin()));
    }

    @Get("/audit{?before,limit}")
    List<AuditView> audit(Authentication auth, @Nullable @QueryValue Long before, @Nullable @QueryValue Integer limit) {
        return readAuditLog.page(RequestContext.caller(auth), before, limit == null ? 50 : limit)
                .stream().map(AuditView::of).toList();
    }
}
