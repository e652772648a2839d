package aura.adapters.out.jdbc;

import aura.application.auth.port.UserAccounts;
import aura.domain.auth.UserAccount;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * User accounts in the node's database. The per-request check reads through a one-second memory (an account read
 * per request was most of what authentication cost), kept in {@link RowsReadLately} so the check can ask it without
 * going through this store; a change made here forgets the remembered account at once, and a change on another
 * node is seen within the second, as pending logouts are.
 */
@Singleton
@DatabaseOutages
public class JdbcUserAccounts implements UserAccounts {
    private final UserAccountRows rows;
    private final Remembered<UserAccount> recent;

    public JdbcUserAccounts(UserAccountRows rows, RowsReadLately lately) {
        this.rows = rows;
        this.recent = lately.accounts;
    }

    @Override
    public Optional<UserAccount> byName(String username) {
        return rows.findByUsername(username).map(JdbcUserAccounts::toDomain);
    }

    @Override
    public Optional<UserAccount> byId(String id) {
        return rows.findById(id).map(JdbcUserAccounts::toDomain);
    }

    @Override
    public Optional<UserAccount> recentById(String id) {
        return recent.get(id, this::byId);
    }

    @Override
    public boolean create(UserAccount account) {
        if (rows.findByUsername(account.username()).isPresent()) return false;
        try {
            rows.save(toRow(account));
            recent.forget(account.id());
            return true;
        } catch (DataAccessException uniqueNameTakenMeanwhile) {
            return false;
        }
    }

    @Override
    public void update(UserAccount account) {
        rows.update(toRow(account));
        recent.forget(account.id());
    }

    @Override
    public long count() {
        return rows.count();
    }

    @Override
    public List<UserAccount> all() {
        return StreamSupport.stream(rows.findAll().spliterator(), false).map(JdbcUserAccounts::toDomain).toList();
    }

    private static UserAccountRow toRow(UserAccount a) {
        return new UserAccountRow(a.id(), a.username(), a.passwordHash(), a.admin(), a.disabled(),
                a.totpSecret().orElse(null), a.totpEnabled(), a.created());
    }

    private static UserAccount toDomain(UserAccountRow r) {
        return new UserAccount(r.id(), r.username(), r.passwordHash(), r.admin(), r.disabled(),
                Optional.ofNullable(r.totpSecret()), r.totpEnabled(), r.created());
    }
}
