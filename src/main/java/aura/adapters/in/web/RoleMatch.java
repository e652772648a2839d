package aura.adapters.in.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/**
 * Micronaut's roles finder with the same answer to "does the caller hold any of the route's roles" without
 * copying the route's role list on every request (the copy was the largest cost of the {@code @Secured} rule).
 */
@Singleton
@Requires(property = "micronaut.security.enabled", notEquals = "false", defaultValue = "true")
@Replaces(DefaultRolesFinder.class)
class RoleMatch extends DefaultRolesFinder {
    RoleMatch(TokenConfiguration tokenConfiguration) {
        super(tokenConfiguration);
    }

    @Override
    public boolean hasAnyRequiredRoles(List<String> requiredRoles, Collection<String> grantedRoles) {
        for (String role : requiredRoles) {
            if (grantedRoles.contains(role)) return true;
        }
        return false;
    }
}
