package aura.adapters.in.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;


/**
 * A failure that is not a refusal is a bug or a broken dependency: 500, its trace logged under a request id
 * that the answer carries, and nothing of the server's internals (SQL, class names) in the body.
 */
@Singleton
@Produces
@Requires(classes = ExceptionHandler.class)
final class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        return ErrorAnswers.answer(request, ErrorAnswers.internal(request, HttpStatus.INTERNAL_SERVER_ERROR, exception));
    }
}
