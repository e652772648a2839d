package aura.application.auth;

import aura.application.auth.port.UserAccounts;
import jakarta.inject.Singleton;

/** Whether the mesh still waits for its first admin: true exactly while no user exists. */
@Singleton
public record BootstrapNeeded(UserAccounts users) {
    public boolean needed() {
        return users.count() == 0;
    }
}
