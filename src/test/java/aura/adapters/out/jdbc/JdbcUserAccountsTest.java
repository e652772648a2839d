package aura.adapters.out.jdbc;

import aura.application.auth.port.UserAccounts;
import aura.domain.auth.UserAccount;
import aura.domain.problem.NotFound;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User accounts on the real Postgres: one account per name, however many ask for it at once. */
class JdbcUserAccountsTest extends OnPostgres {
    UserAccounts accounts() {
        return bean(UserAccounts.class);
    }

    static UserAccount account(String username) {
        return new UserAccount(UUID.randomUUID().toString(), username, "argon2-hash", false, false, Optional.empty(),
                false, T0);
    }

    @Test
    void anAccountIsFoundByNameAndByIdAsItWasCreated() {
        var ann = account("ann");
        assertThat(accounts().create(ann)).isTrue();

        assertThat(accounts().byName("ann")).contains(ann);
        assertThat(accounts().byId(ann.id())).contains(ann);
        assertThat(accounts().named(" ANN ")).isEqualTo(ann);
        assertThat(accounts().all()).contains(ann);
    }

    @Test
    void aTakenNameIsRefusedAndNothingIsStored() {
        accounts().create(account("bob"));
        long before = accounts().count();

        assertThat(accounts().create(account("bob"))).isFalse();

        assertThat(accounts().count()).isEqualTo(before);
    }

    @Test
    void ofManyCreatingTheSameNameAtOnceExactlyOneSucceeds() throws Exception {
        List<Boolean> results = atOnce(8, () -> accounts().create(account("carol")));

        assertThat(results).containsOnlyOnce(true);
    }

    @Test
    void anUpdateChangesTheStoredAccount() {
        var dave = account("dave");
        accounts().create(dave);
        var changed = dave.withPasswordHash("new-hash").withTotp(Optional.of("JBSWY3DPEHPK3PXP"), true).withDisabled(true);

        accounts().update(changed);

        assertThat(accounts().byId(dave.id())).contains(changed);
    }

    @Test
    void anUnknownAccountIsEmptyAndNamingItIsNotFound() {
        assertThat(accounts().byName("nobody")).isEmpty();
        assertThat(accounts().byId(UUID.randomUUID().toString())).isEmpty();
        assertThatThrownBy(() -> accounts().named("nobody")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> accounts().named("!")).isInstanceOf(NotFound.class);
    }
}
