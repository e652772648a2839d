package aura.adapters.out.jdbc;

import aura.application.auth.port.ReadLately;
import aura.domain.auth.ApiKey;
import aura.domain.auth.UserAccount;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * The memory of {@link JdbcUserAccounts}, {@link JdbcApiKeys} and {@link JdbcPendingLogouts}, which read into it and
 * forget from it; kept in a bean of its own so the per-request check asks it directly, outside the stores'
 * {@link DatabaseOutages} interception (which cost as much as the check itself). It never touches the database,
 * so it has no outage to map; a miss goes to the store, which reads under that mapping.
 */
@Singleton
public class RowsReadLately implements ReadLately {
    static final String ALL = "all";

    final Remembered<UserAccount> accounts = new Remembered<>();
    final Remembered<ApiKey> apiKeys = new Remembered<>();
    /** The whole list under {@link #ALL}: empty but during a session store outage, so read as one. */
    final Remembered<Set<String>> pendingLogouts = new Remembered<>();

    @Override
    public Optional<UserAccount> account(String id) {
        return accounts.ifRemembered(id);
    }

    @Override
    public Optional<ApiKey> apiKey(String id) {
        return apiKeys.ifRemembered(id);
    }

    @Override
    public Optional<Set<String>> pendingLogouts() {
        return pendingLogouts.ifRemembered(ALL);
    }
}
