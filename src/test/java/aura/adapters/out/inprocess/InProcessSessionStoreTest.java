package aura.adapters.out.inprocess;

import aura.application.auth.port.SessionStore;
import aura.application.auth.SessionStoreContract;

import java.time.Clock;

class InProcessSessionStoreTest extends SessionStoreContract {
    private final InProcessSessionStore store = new InProcessSessionStore(Clock.systemUTC());

    @Override
    protected SessionStore store() {
        return store;
    }
}
