package aura.adapters.in.web;

import aura.application.auth.CreateUser;
import aura.application.auth.ReadAuditLog;
import aura.domain.auth.AuditEvent;
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

/** Admin work: creating users and reading the audit log. The use cases enforce that the caller is an admin. */
@Controller("/api/admin")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminController {
    private final CreateUser createUser;
    private final ReadAuditLog readAuditLog;

    AdminController(CreateUser createUser, ReadAuditLog readAuditLog) {
        this.createUser = createUser;
        this.readAuditLog = readAuditLog;
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
