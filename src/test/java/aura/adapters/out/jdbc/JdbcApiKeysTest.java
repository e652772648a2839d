package aura.adapters.out.jdbc;

import aura.application.auth.port.ApiKeys;
import aura.application.auth.port.ReadLately;
import aura.domain.auth.ApiKey;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys on the real Postgres. */
class JdbcApiKeysTest extends OnPostgres {
    ApiKeys keys() {
        return bean(ApiKeys.class);
    }

    ReadLately lately() {
        return bean(ReadLately.class);
    }

    static ApiKey key(String userId, String name, int minute) {
        return new ApiKey(UUID.randomUUID().toString().replace("-", ""), userId, name, "sha256-" + name,
                minutesAfterT0(minute), Optional.empty(), false);
    }

    @Test
    void aSavedKeyIsFoundAsItWasSaved() {
        var key = key("ann", "laptop", 0);
        keys().save(key);
        assertThat(keys().find(key.id())).contains(key);
    }

    @Test
    void aPersonsKeysAreListedOldestFirstAndNobodyElses() {
        String user = UUID.randomUUID().toString();
        var newer = key(user, "newer", 5);
        var older = key(user, "older", 1);
        keys().save(newer);
        keys().save(older);
        keys().save(key("someone-else", "theirs", 3));

        assertThat(keys().forUser(user)).containsExactly(older, newer);
    }

    @Test
    void savingAKeyAgainUpdatesItAndARevocationIsSeenAtOnce() {
        var key = key("ann", "script", 0);
        keys().save(key);
        assertThat(keys().find(key.id())).contains(key); // now remembered for a few seconds

        var revoked = key.usedAt(minutesAfterT0(2)).revokedNow();
        keys().save(revoked);

        assertThat(keys().find(key.id())).contains(revoked);
        assertThat(keys().forUser("ann")).filteredOn(k -> k.id().equals(key.id())).containsExactly(revoked);
    }

    @Test
    void aKeyIsRememberedOnlyOnceReadAndForgottenWhenSaved() {
        var key = key("ann", "memory", 0);
        keys().save(key);
        assertThat(lately().apiKey(key.id())).as("not read yet").isEmpty();
        keys().find(key.id());
        assertThat(lately().apiKey(key.id())).contains(key);

        keys().save(key.revokedNow());
        assertThat(lately().apiKey(key.id())).as("a save forgets it here at once").isEmpty();
        assertThat(lately().apiKey("no-such-key")).isEmpty();
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertThat(keys().find("no-such-key")).isEmpty();
        assertThat(keys().forUser("nobody")).isEmpty();
    }
}
