package aura.application.auth;

import aura.application.auth.port.UserAccounts;
import aura.domain.auth.UserAccount;
import aura.domain.problem.Conflict;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

/** Creates the first admin: only while no user exists, and only from the machine itself. */
@Singleton
public record BootstrapAdmin(UserAccounts users, CreateUser createUser) {
    public synchronized UserAccount bootstrap(String username, String password, ClientInfo client) {
        if (!client.loopback()) throw new NotAllowed("the first admin can only be created from the node's own machine");
        if (users.count() > 0) throw new Conflict("users already exist: log in as an admin to add more");
        return createUser.create(new CreateUser.Command("bootstrap", true, username, password, true), client);
    }
}
