package aura.application.auth;

import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuthSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SessionStore} must do; the in-process and Redis stores both pass it. */
public abstract class SessionStoreContract {
    protected abstract SessionStore store();

    protected AuthSession session(String userId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new AuthSession(UUID.randomUUID().toString(), userId, "robbie", false, "aurora", now, now,
                "127.0.0.1", "test", "hash-1", now.plusSeconds(3600));
    }

    @Test
    void aCreatedSessionIsLiveAndFoundWithEverythingItHolds() {
        var s = session("u1");
        store().create(s);
        assertThat(store().isLive(s.id())).isTrue();
        var found = store().find(s.id()).orElseThrow();
        assertThat(found.userId()).isEqualTo("u1");
        assertThat(found.node()).isEqualTo("aurora");
        assertThat(found.refreshHash()).isEqualTo("hash-1");
    }

    @Test
    void aRevokedSessionIsNeitherLiveNorFound() {
        var s = session("u2");
        store().create(s);
        store().revoke(s.id());
        assertThat(store().isLive(s.id())).isFalse();
        assertThat(store().find(s.id())).isEmpty();
    }

    @Test
    void aSessionIsLiveOnlyForItsOwnUser() {
        var s = session("u5");
        store().create(s);
        assertThat(store().isLiveFor(s.id(), "u5")).isTrue();
        assertThat(store().isLiveFor(s.id(), "someone-else")).isFalse();
    }

    @Test
    void anUnknownSessionIsNotLive() {
        assertThat(store().isLive(UUID.randomUUID().toString())).isFalse();
    }

    @Test
    void refreshRotatesOnlyFromTheCurrentHash() {
        var s = session("u3");
        store().create(s);
        assertThat(store().rotateRefresh(s.id(), "hash-1", s.withRefresh("hash-2", Instant.now()))).isTrue();
        assertThat(store().rotateRefresh(s.id(), "hash-1", s.withRefresh("hash-3", Instant.now()))).isFalse();
        assertThat(store().find(s.id()).orElseThrow().refreshHash()).isEqualTo("hash-2");
    }

    @Test
    void aUsersSessionsAreListedAndOnlyTheirs() {
        String user = UUID.randomUUID().toString();
        var a = session(user);
        var b = session(user);
        store().create(a);
        store().create(b);
        store().create(session("someone-else"));
        assertThat(store().forUser(user)).extracting(AuthSession::id).containsExactlyInAnyOrder(a.id(), b.id());
        store().revoke(a.id());
        assertThat(store().forUser(user)).extracting(AuthSession::id).containsExactly(b.id());
    }
}
