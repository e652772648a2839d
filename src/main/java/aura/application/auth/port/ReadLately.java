package aura.application.auth.port;

import aura.domain.auth.ApiKey;
import aura.domain.auth.UserAccount;

import java.util.Optional;
import java.util.Set;

/**
 * What this node read within the second of the rows every authenticated request checks, answered from memory on
 * the calling thread: never a database read, so it neither waits nor fails with the database. Empty means "not
 * read here lately" (or read and not found), and the caller asks the store itself ({@link UserAccounts#recentById},
 * {@link ApiKeys#find}, {@link PendingLogouts#contains}), which reads and remembers. A change made through this node
 * is forgotten here at once, one made on another node is seen within the second: the same promise as the stores'.
 */
public interface ReadLately {
    Optional<UserAccount> account(String id);

    Optional<ApiKey> apiKey(String id);

    /** The sessions listed as pending logouts, as read within the second; empty when the list was not read lately. */
    Optional<Set<String>> pendingLogouts();
}
