package aura.adapters.in.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Micronaut's token fetcher, the same validators in the same order, without the {@code TokenValidatedEvent} it
 * publishes on every request: nothing here listens to it, and building it (resolving the request's host and
 * locale) was the largest single cost authentication added to a request after the account read.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class TokenFetcher extends TokenAuthenticationFetcher {
    TokenFetcher(List<TokenValidator<HttpRequest<?>>> validators, TokenResolver<HttpRequest<?>> resolver) {
        super(validators, resolver, ApplicationEventPublisher.noOp());
    }
}
