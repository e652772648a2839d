package aura.adapters.in.web;

import aura.testing.SoloNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.web.router.UriRouteMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code @Secured} rule that reads each route's roles once decides every route of the node as Micronaut's rule does. */
class SecuredRoutesTest {
    @RegisterExtension
    static final SoloNode node = SoloNode.named("secured-routes");

    @Test
    void everyRouteOfTheNodeIsDecidedAsMicronautDecidesItForNobodyAUserAndAnAdminAskedAgain() {
        RolesFinder roles = node.bean(RolesFinder.class);
        var ours = new SecuredRoutes(roles);
        var micronauts = new SecuredAnnotationRule(roles);
        List<Authentication> callers = Arrays.asList(null,
                Authentication.build("ann", List.of("user"), Map.of("uid", "u1", "sid", "s1")),
                Authentication.build("root", List.of("admin", "user"), Map.of("uid", "u2", "sid", "s2")));
        List<SecurityRuleResult> seen = new ArrayList<>();
        int routes = 0;
        for (UriRouteInfo<?, ?> route : node.bean(Router.class).uriRoutes().toList()) {
            var request = requestFor(route);
            if (request == null) continue;
            routes++;
            for (int asked = 0; asked < 2; asked++) {
                for (Authentication caller : callers) {
                    var expected = Mono.from(micronauts.check(request, caller)).block();
                    assertThat(Mono.from(ours.check(request, caller)).block())
                            .as("%s %s for %s", route.getHttpMethod(), route.getUriMatchTemplate(),
                                    caller == null ? "nobody" : caller.getRoles())
                            .isEqualTo(expected);
                    seen.add(expected);
                }
            }
        }
        assertThat(routes).isGreaterThan(30);
        assertThat(seen).as("routes that allow, refuse and have no opinion were all asked")
                .contains(SecurityRuleResult.ALLOWED, SecurityRuleResult.REJECTED, SecurityRuleResult.UNKNOWN);
    }

    /** A request matched to the route, with each path variable filled in; null when a constraint refuses the filling. */
    private static MutableHttpRequest<?> requestFor(UriRouteInfo<?, ?> route) {
        Map<String, Object> values = new HashMap<>();
        route.getUriMatchTemplate().getVariableNames().forEach(name -> values.put(name, "x1"));
        String path = route.getUriMatchTemplate().expand(values);
        UriRouteMatch<?, ?> match = route.tryMatch(path);
        if (match == null) return null;
        MutableHttpRequest<?> request = HttpRequest.create(route.getHttpMethod(), path);
        RouteAttributes.setRouteMatch(request, match);
        return request;
    }
}
