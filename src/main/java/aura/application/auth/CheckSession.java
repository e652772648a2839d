package aura.application.auth;

import aura.application.auth.port.PendingLogouts;
import aura.application.auth.port.ReadLately;
import aura.application.auth.port.SessionStore;
import aura.application.auth.port.UserAccounts;
import aura.domain.auth.UserAccount;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Who a signed access token stands for, checked on every authenticated request: its session must be live and
 * belong to the token's user, the account must exist, be enabled and carry the token's name; the roles come from
 * the account, never from the token. A logout recorded during a session store outage counts as done. The account
 * may be up to a second old when another node changed it (see {@link UserAccounts#recentById}): disabling an
 * account also ends its sessions, refused everywhere at once, and when the session store cannot be reached to end
 * them, every node refuses the account within the second. What this node read within the second is asked first
 * ({@link ReadLately}), so most requests never call a store.
 */
@Singleton
public record CheckSession(SessionStore sessions, PendingLogouts pending, UserAccounts users, ReadLately lately) {
    /** What a token claims: its session ({@code sid}), user id ({@code uid}) and user name ({@code sub}). */
    public record Claims(String sessionId, String userId, String username) {
    }

    public Optional<Caller> caller(Claims claims) {
        if (blank(claims.sessionId()) || blank(claims.userId()) || blank(claims.username())) return Optional.empty();
        if (!sessions.isLiveFor(claims.sessionId(), claims.userId()) || loggedOutPending(claims.sessionId())) {
            return Optional.empty();
        }
        Optional<UserAccount> found = lately.account(claims.userId());
        if (found.isEmpty()) found = users.recentById(claims.userId());
        return found
                .filter(account -> !account.disabled() && account.username().equals(claims.username()))
                .map(account -> new Caller(account.id(), account.username(), account.admin(), claims.sessionId()));
    }

    private boolean loggedOutPending(String sessionId) {
        var listed = lately.pendingLogouts();
        return listed.isPresent() ? listed.get().contains(sessionId) : pending.contains(sessionId);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
