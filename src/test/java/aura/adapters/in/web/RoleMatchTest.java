package aura.adapters.in.web;

import io.micronaut.security.token.RolesFinder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The roles finder without the copy answers as Micronaut's own default does, on many random role lists. */
class RoleMatchTest {
    /** Micronaut's default answer, through the interface's own default method. */
    private static final RolesFinder MICRONAUT = attributes -> List.of();

    @Test
    void answersAsMicronautsDefaultOnRandomRoleLists() {
        var match = new RoleMatch(null);
        var random = new Random(17);
        String[] names = {"admin", "user", "isAnonymous()", "isAuthenticated()", "ops", "guest"};
        for (int i = 0; i < 5_000; i++) {
            List<String> required = pick(random, names);
            Collection<String> granted = pick(random, names);
            assertThat(match.hasAnyRequiredRoles(required, granted))
                    .as("%s against %s", required, granted)
                    .isEqualTo(MICRONAUT.hasAnyRequiredRoles(required, granted));
        }
    }

    private static List<String> pick(Random random, String[] names) {
        List<String> roles = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) roles.add(names[random.nextInt(names.length)]);
        return roles;
    }
}
