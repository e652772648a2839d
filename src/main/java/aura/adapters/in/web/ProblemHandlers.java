package aura.adapters.in.web;

import aura.domain.auth.AuthenticationFailed;
import aura.domain.auth.TooManyAttempts;
import aura.domain.problem.Conflict;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotAllowed;
import aura.domain.problem.NotFound;
import aura.domain.problem.Unavailable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Turns the core's refusals into HTTP answers with a JSON body a person can read: {@code {"error": "...",
 * "field": "..."}}. Nothing was changed when any of these is thrown.
 */
@Controller
class ProblemHandlers {

    @Serdeable
    record Problem(String error, @Nullable String field) {
    }

    @Error(global = true, exception = InvalidInput.class)
    HttpResponse<Problem> invalid(HttpRequest<?> request, InvalidInput e) {
        return HttpResponse.badRequest(new Problem(e.getMessage(), e.field().orElse(null)));
    }

    @Error(global = true, exception = IllegalArgumentException.class)
    HttpResponse<Problem> illegal(HttpRequest<?> request, IllegalArgumentException e) {
        return HttpResponse.badRequest(new Problem(e.getMessage(), null));
    }

    @Error(global = true, exception = AuthenticationFailed.class)
    HttpResponse<Problem> unauthorized(HttpRequest<?> request, AuthenticationFailed e) {
        return HttpResponse.<Problem>status(HttpStatus.UNAUTHORIZED).body(new Problem(e.getMessage(), null));
    }

    @Error(global = true, exception = TooManyAttempts.class)
    HttpResponse<Problem> tooMany(HttpRequest<?> request, TooManyAttempts e) {
        long seconds = Math.max(1, (e.retryAfter().orElseThrow().toMillis() + 999) / 1000);
        return HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(seconds)).body(new Problem(e.getMessage(), null));
    }

    @Error(global = true, exception = NotAllowed.class)
    HttpResponse<Problem> forbidden(HttpRequest<?> request, NotAllowed e) {
        return HttpResponse.<Problem>status(HttpStatus.FORBIDDEN).body(new Problem(e.getMessage(), null));
    }

    @Error(global = true, exception = NotFound.class)
    HttpResponse<Problem> notFound(HttpRequest<?> request, NotFound e) {
        return HttpResponse.<Problem>status(HttpStatus.NOT_FOUND).body(new Problem(e.getMessage(), null));
    }

    @Error(global = true, exception = Conflict.class)
    HttpResponse<Problem> conflict(HttpRequest<?> request, Conflict e) {
        return HttpResponse.<Problem>status(HttpStatus.CONFLICT).body(new Problem(e.getMessage(), null));
    }

    @Error(global = true, exception = Unavailable.class)
    HttpResponse<Problem> unavailable(HttpRequest<?> request, Unavailable e) {
        long seconds = Math.max(1, (e.retryAfter().orElseThrow().toMillis() + 999) / 1000);
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Long.toString(seconds)).body(new Problem(e.getMessage(), null));
    }
}
