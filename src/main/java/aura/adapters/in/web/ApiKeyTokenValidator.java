package aura.adapters.in.web;

import aura.application.auth.AuthenticateApiKey;
import aura.application.auth.Caller;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * {@code Authorization: Bearer aura_...}: a per-user API key stands for its owner, like a login does. A key and
 * account this node read within the second are checked by {@link RememberedTokenFilter} on the thread that
 * received the request ({@link #remembered}); a key that reaches this validator was not, and is read on the
 * blocking pool, never on the event loop. Either way a change made on another node is honoured within the second.
 */
@Singleton
class ApiKeyTokenValidator implements TokenValidator<HttpRequest<?>> {
    private final AuthenticateApiKey apiKeys;
    private final ExecutorService blocking;

    ApiKeyTokenValidator(AuthenticateApiKey apiKeys, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.apiKeys = apiKeys;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (token == null || !token.startsWith("aura_")) return Publishers.empty();
        return Mono.fromCallable(() -> apiKeys.authenticate(token, AuthenticateApiKey.Reading.DATABASE)
                        .map(ApiKeyTokenValidator::authentication).orElse(null))
                .subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    /**
     * The person a key stands for, from what this node read within the second; empty when that is not known here
     * (the key or account not read lately, or refused). Answers on the calling thread, never reading.
     */
    Optional<Authentication> remembered(String token) {
        return apiKeys.authenticate(token, AuthenticateApiKey.Reading.MEMORY_ONLY).map(ApiKeyTokenValidator::authentication);
    }

    private static Authentication authentication(Caller c) {
        return Authentication.build(c.username(), c.admin() ? List.of("admin", "user") : List.of("user"),
                Map.<String, Object>of("uid", c.userId(), "sid", c.sessionId()));
    }
}
