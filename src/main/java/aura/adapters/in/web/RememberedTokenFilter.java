package aura.adapters.in.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import org.reactivestreams.Publisher;

import java.util.Collection;
import java.util.concurrent.Callable;

/**
 * Micronaut's security filter with a short way for the common request: a Bearer token validated here before
 * ({@link RecentTokens}) whose session and account still hold, or an API key this node read within the second
 * ({@link ApiKeyTokenValidator#remembered}), on a route the rules allow at once. That request
 * skips the reactive chains over token readers, fetchers and rules, which were most of what authentication added
 * to a request. Everything else (a new token, a key not read lately, a cookie, no token, a refusal, a rule that answers
 * later) goes through Micronaut's filter unchanged, so the decisions are the same ones.
 */
@Filter("${micronaut.security.filter.pattern:/**}")
@Requires(property = "micronaut.security.enabled", notEquals = "false", defaultValue = "true")
@Requires(property = "micronaut.security.filter.enabled", notEquals = "false", defaultValue = "true")
@Requires(classes = HttpServerFilter.class)
@Replaces(SecurityFilter.class)
class RememberedTokenFilter extends SecurityFilter {
    private static final String BEARER = "Bearer ";
    private final RecentTokens recentTokens;
    private final ApiKeyTokenValidator apiKeys;

    RememberedTokenFilter(Collection<SecurityRule<HttpRequest<?>>> securityRules,
                          Collection<AuthenticationFetcher<HttpRequest<?>>> authenticationFetchers,
                          SecurityConfiguration securityConfiguration, RecentTokens recentTokens,
                          ApiKeyTokenValidator apiKeys) {
        super(securityRules, authenticationFetchers, securityConfiguration);
        this.recentTokens = recentTokens;
        this.apiKeys = apiKeys;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return super.doFilter(request, chain);
        }
        String token = header.substring(BEARER.length()).trim();
        Authentication known = (token.startsWith("aura_") ? apiKeys.remembered(token) : recentTokens.remembered(token)).orElse(null);
        if (known == null) return super.doFilter(request, chain);
        request.getAttributes().put(KEY, true);
        request.setAttribute(TOKEN, token);
        request.setAttribute(AUTHENTICATION, known);
        if (allowedAtOnce(request, known)) return chain.proceed(request);
        return checkRules(request, chain, known);
    }

    /**
     * The rules in Micronaut's order, each asked as Micronaut asks them; true only when the first rule with an
     * opinion allows and every rule before it answered at once (as a scalar). Anything else is left to
     * {@link #checkRules}, which decides it exactly as before.
     */
    private boolean allowedAtOnce(HttpRequest<?> request, Authentication authentication) {
        for (SecurityRule<HttpRequest<?>> rule : securityRules) {
            Publisher<SecurityRuleResult> answer = rule.check(request, authentication);
            if (!(answer instanceof Callable<?> scalar)) return false;
            Object result;
            try {
                result = scalar.call();
            } catch (Exception e) {
                return false;
            }
            if (result == null || result == SecurityRuleResult.UNKNOWN) continue;
            return result == SecurityRuleResult.ALLOWED;
        }
        return false;
    }
}
