package aura.application.auth;

import aura.domain.auth.UserAccount;

import java.util.List;
import java.util.Optional;

/** The people who can log in, in the shared database. */
public interface UserAccounts {
    Optional<UserAccount> byName(String username);

    Optional<UserAccount> byId(String id);

    /** Stores a new account; false when the name is taken. */
    boolean create(UserAccount account);

    void update(UserAccount account);

    long count();

    List<UserAccount> all();
}
