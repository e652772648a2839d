package aura.application.auth;

import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuthSession;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/** The caller's live sessions across the mesh, most recently used first. */
@Singleton
public record ListSessions(SessionStore sessions) {
    public List<AuthSession> list(Caller caller) {
        return sessions.forUser(caller.userId()).stream()
                .sorted(Comparator.comparing(AuthSession::lastSeen).reversed()).toList();
    }
}
