package aura.adapters.in.web;

import aura.application.auth.ConfirmTotp;
import aura.application.auth.DisableTotp;
import aura.application.auth.EnrolTotp;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** The caller's optional one-time-code second factor. */
@Controller("/api/auth/totp")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record TotpController(EnrolTotp enrolTotp, ConfirmTotp confirmTotp, DisableTotp disableTotp) {
    @Serdeable
    record Code(@Nullable String code) {
    }

    @Serdeable
    record EnrolmentView(String secret, String uri) {
    }

    @Post("/enrol")
    EnrolmentView enrol(Authentication auth) {
        var e = enrolTotp.enrol(RequestContext.caller(auth));
        return new EnrolmentView(e.secret(), e.uri());
    }

    @Post("/confirm")
    HttpResponse<Void> confirm(HttpRequest<?> request, Authentication auth, @Body Code body) {
        confirmTotp.confirm(RequestContext.caller(auth), body.code(), RequestContext.client(request));
        return HttpResponse.noContent();
    }

    @Post("/disable")
    HttpResponse<Void> disable(HttpRequest<?> request, Authentication auth, @Body Code body) {
        disableTotp.disable(RequestContext.caller(auth), body.code(), RequestContext.client(request));
        return HttpResponse.noContent();
    }
}
