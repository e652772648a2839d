package aura.adapters.in.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Micronaut's IP pattern rule, answering at once when the patterns admit every address (the default,
 * {@code 0.0.0.0}): Micronaut's rule then still formats the caller's address and runs the patterns on every request
 * to reach the same "no opinion". Any other pattern list is checked by Micronaut's rule as before.
 */
@Singleton
@Requires(property = "micronaut.security.enabled", notEquals = "false", defaultValue = "true")
@Replaces(IpPatternsRule.class)
class IpPatternsAtOnce extends IpPatternsRule {
    private static final String ANY_ADDRESS = "0.0.0.0";
    private static final Publisher<SecurityRuleResult> NO_OPINION = Mono.just(SecurityRuleResult.UNKNOWN);
    private final boolean anyAddress;

    IpPatternsAtOnce(RolesFinder rolesFinder, SecurityConfiguration configuration) {
        super(rolesFinder, configuration);
        this.anyAddress = configuration.getIpPatterns().contains(ANY_ADDRESS);
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        return anyAddress ? NO_OPINION : super.check(request, authentication);
    }
}
