package aura.application.auth;

import aura.application.auth.port.UserAccounts;
import jakarta.inject.Singleton;

/** Whether the mesh still waits for its first admin: true exactly while no user exists. */
@Singleton
public class BootstrapNeeded {
    private final UserAccounts users;

    public BootstrapNeeded(UserAccounts users) {
        this.users = users;
    }

    public boolean needed() {
        return users.count() == 0;
    }
}
