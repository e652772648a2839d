package aura.adapters.in.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.ConditionalFilter;
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
 * <p>
 * The short way is decided in {@link #isEnabled(HttpRequest)}, which Micronaut asks once per request after routing:
 * a request it allows leaves this filter out of the chain altogether, so it also skips wrapping the rest of the
 * chain in a reactive publisher and back, which cost as much as the check itself.
 */
@Filter("${micronaut.security.filter.pattern:/**}")
@Requires(property = "micronaut.security.enabled", notEquals = "false", defaultValue = "true")
@Requires(property = "micronaut.security.filter.enabled", notEquals = "false", defaultValue = "true")
@Requires(classes = HttpServerFilter.class)
@Replaces(SecurityFilter.class)
class RememberedTokenFilter extends SecurityFilter implements ConditionalFilter {
    private static final String BEARER = "Bearer ";
    /** The remembered person of a request whose rules did not answer at once, kept for {@link #doFilter}. */
    private static final String KNOWN = "aura.remembered-token";
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

    /**
     * False, leaving this filter out of the request, when the request carries a remembered token or key and the rules
     * allow it at once: it is then authenticated as Micronaut's filter would have done it.
     */
    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) return true;
        String token = header.substring(BEARER.length()).trim();
        Authentication known;
        try {
            known = (token.startsWith("aura_") ? apiKeys.remembered(token) : recentTokens.remembered(token)).orElse(null);
        } catch (RuntimeException e) {
            return true; // e.g. the database unreachable: the full filter meets it again where refusals are mapped
        }
        if (known == null) return true;
        request.getAttributes().put(KEY, true);
        request.setAttribute(TOKEN, token);
        request.setAttribute(AUTHENTICATION, known);
        if (allowedAtOnce(request, known)) return false;
        request.setAttribute(KNOWN, known);
        return true;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Authentication known = request.getAttribute(KNOWN, Authentication.class).orElse(null);
        return known == null ? super.doFilter(request, chain) : checkRules(request, chain, known);
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
