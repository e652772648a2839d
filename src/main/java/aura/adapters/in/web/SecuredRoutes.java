package aura.adapters.in.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.annotation.EvaluatedAnnotationValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Micronaut's {@code @Secured} rule, reading each route's declared roles once instead of on every request (the
 * annotation lookup and the conversion of its value to a fresh array were most of the rule's cost). The decision
 * for a caller is still Micronaut's own ({@code denyAll()}, then its role comparison), taken on every request; a
 * route whose {@code @Secured} is an expression is evaluated per request by Micronaut's rule, as before. Routes
 * are looked up by identity: there are as many as the node declares, so the map only grows while they are first
 * asked for.
 */
@Singleton
@Requires(property = "micronaut.security.enabled", notEquals = "false", defaultValue = "true")
@Replaces(SecuredAnnotationRule.class)
class SecuredRoutes extends SecuredAnnotationRule {
    private static final Publisher<SecurityRuleResult> NO_OPINION = Mono.just(SecurityRuleResult.UNKNOWN);
    private static final Publisher<SecurityRuleResult> REFUSED = Mono.just(SecurityRuleResult.REJECTED);
    /** A route without {@code @Secured} roles (no opinion here) and one whose roles are an expression. */
    private static final Declared NONE = new Declared(List.of());
    private static final Declared EVALUATED = new Declared(List.of());

    /** What a route's {@code @Secured} says; {@link #NONE} and {@link #EVALUATED} are told apart by identity. */
    private record Declared(List<String> roles) {
    }

    private volatile Map<RouteInfo<?>, Declared> declared = new IdentityHashMap<>();

    SecuredRoutes(RolesFinder rolesFinder) {
        super(rolesFinder);
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (!(route instanceof MethodBasedRouteMatch<?, ?> method)) return NO_OPINION;
        Declared secured = declared.get(method.getRouteInfo());
        if (secured == null) secured = learn(method);
        if (secured == EVALUATED) return super.check(request, authentication);
        if (secured == NONE) return NO_OPINION;
        if (secured.roles().contains(SecurityRule.DENY_ALL)) return REFUSED;
        return compareRoles(secured.roles(), getRoles(authentication));
    }

    /** The route's roles as Micronaut's rule reads them. */
    private synchronized Declared learn(MethodBasedRouteMatch<?, ?> method) {
        var annotation = method.getAnnotation(Secured.class);
        Declared secured;
        if (annotation == null) secured = NONE;
        else if (annotation instanceof EvaluatedAnnotationValue<?>) secured = EVALUATED;
        else secured = method.getValue(Secured.class, String[].class)
                .map(roles -> new Declared(List.of(roles))).orElse(NONE);
        var copy = new IdentityHashMap<>(declared);
        copy.put(method.getRouteInfo(), secured);
        declared = copy;
        return secured;
    }
}
