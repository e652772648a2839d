package aura.application.auth.port;

import aura.domain.auth.UserAccount;
import aura.domain.auth.Username;
import aura.domain.problem.NotFound;

import java.util.List;
import java.util.Optional;

/** The people who can log in, in the shared database. */
public interface UserAccounts {
    Optional<UserAccount> byName(String username);

    Optional<UserAccount> byId(String id);

    /**
     * The account as read at most a second ago (the mesh's revocation promise), for the check every authenticated
     * request makes (after {@link ReadLately#account}); a change made through this node is seen at once. Never for
     * anything that decides on a password or a second factor.
     */
    default Optional<UserAccount> recentById(String id) {
        return byId(id);
    }

    /** The account with this name, however it was typed; NotFound when there is none. */
    default UserAccount named(String username) {
        String name;
        try {
            name = Username.normalise(username);
        } catch (RuntimeException e) {
            throw new NotFound("no user " + username);
        }
        return byName(name).orElseThrow(() -> new NotFound("no user " + name));
    }

    /** Stores a new account; false when the name is taken. */
    boolean create(UserAccount account);

    void update(UserAccount account);

    long count();

    List<UserAccount> all();
}
