package aura.adapters.in.web;

import aura.domain.problem.Refusal;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Every refusal the core raises, answered in the caller's door's shape (see {@link ErrorAnswers}). */
@Singleton
@Produces
@Requires(classes = {Refusal.class, ExceptionHandler.class})
final class RefusalHandler implements ExceptionHandler<Refusal, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, Refusal refusal) {
        return ErrorAnswers.answer(request, ErrorAnswers.Answer.of(refusal));
    }
}
