package aura.application.auth;

import aura.application.auth.port.UserAccounts;
import aura.domain.auth.UserAccount;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/** Every account, by name: for admins only. */
@Singleton
public record ListUsers(UserAccounts users) {
    public List<UserAccount> list(Caller caller) {
        caller.requireAdmin();
        return users.all().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }
}
