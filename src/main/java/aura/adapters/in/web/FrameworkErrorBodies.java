package aura.adapters.in.web;

import aura.domain.problem.Refusal;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;


/**
 * The framework's own refusals (a body that does not parse, a wrong media type, 401 and 403 from security,
 * an unknown route, a body too large) in the same shape as the core's, instead of Micronaut's default
 * {@code _links/_embedded} body.
 */
@Singleton
@Primary
final class FrameworkErrorBodies implements ErrorResponseProcessor<Object> {
    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        if (status.getCode() >= 500) {
            return ErrorAnswers.write(context.getRequest(),
                    ErrorAnswers.internal(context.getRequest(), status, context.getRootCause().orElse(null)), response);
        }
        var refusal = inChain(context.getRootCause().orElse(null), Refusal.class);
        if (refusal != null) return ErrorAnswers.write(context.getRequest(), ErrorAnswers.Answer.of(refusal), response);
        var wrong = inChain(context.getRootCause().orElse(null), StrictJsonValues.WrongValue.class);
        if (wrong != null) {
            return ErrorAnswers.write(context.getRequest(),
                    new ErrorAnswers.Answer(status, wrong.getMessage().strip(), wrong.field(), null, null), response);
        }
        Error first = context.getErrors().isEmpty() ? null : context.getErrors().get(0);
        String message = first != null ? first.getMessage() : status.getReason();
        return ErrorAnswers.write(context.getRequest(),
                new ErrorAnswers.Answer(status, clean(message, status), field(first), null, null), response);
    }

    /** The first exception of {@code kind} in a cause chain: the framework wraps what the body reader threw. */
    static <E extends Throwable> @Nullable E inChain(@Nullable Throwable cause, Class<E> kind) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) return kind.cast(t);
        }
        return null;
    }

    /** The argument or property the framework could not read; "body" says only that the body is wrong. */
    private static @Nullable String field(@Nullable Error error) {
        if (error == null) return null;
        return error.getPath().map(p -> p.startsWith("/") ? p.substring(1) : p)
                .filter(p -> !p.isBlank() && !p.equals("body")).orElse(null);
    }

    /** Framework messages may quote Java types; a client needs the sentence, not the class names. */
    private static String clean(@Nullable String message, HttpStatus status) {
        if (message == null || message.isBlank()) return status.getReason();
        String firstLine = message.strip().lines().findFirst().orElse(status.getReason())
                .replaceFirst("^Failed to convert argument \\[[^]]*] for value \\[[^]]*] due to: ", "").strip();
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine;
    }
}
