package aura.adapters.in.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;

import java.net.InetSocketAddress;

/**
 * {@code /health} tells anyone whether the node is up, but only an admin, or a caller on the node's own machine
 * (a local probe, the operator), sees the details: database URLs, server versions and errors help an attacker.
 */
@ServerFilter({"/health", "/health/**"})
class HealthDetails {

    @ResponseFilter
    void hideDetails(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof HealthResult result && !maySeeDetails(request)) {
            @SuppressWarnings("unchecked")
            var plain = (MutableHttpResponse<Object>) response;
            plain.body(HealthResult.builder(result.getName(), result.getStatus()).build());
        }
    }

    private static boolean maySeeDetails(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress()) return true;
        return request.getUserPrincipal(Authentication.class).map(a -> a.getRoles().contains("admin")).orElse(false);
    }
}
