package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuthSession;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions of a solo node, in memory: the node is the whole mesh, so revocation is immediate. */
@Singleton
@SoloMode
public class InProcessSessionStore implements SessionStore {
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(5);

    private final Map<String, AuthSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public InProcessSessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void create(AuthSession session) {
        sessions.put(session.id(), session);
    }

    @Override
    public Optional<AuthSession> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId)).filter(s -> clock.instant().isBefore(s.expires()));
    }

    @Override
    public boolean isLive(String sessionId) {
        return live(sessions.get(sessionId));
    }

    @Override
    public boolean isLiveFor(String sessionId, String userId) {
        AuthSession session = sessions.get(sessionId);
        return session != null && session.userId().equals(userId) && live(session);
    }

    /** Touched at most every few seconds; the map is written (and its bin locked) only then, not on every request. */
    private boolean live(AuthSession session) {
        if (session == null) return false;
        var now = clock.instant();
        if (session.lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            session = sessions.computeIfPresent(session.id(), (id, s) ->
                    s.lastSeen().plus(TOUCH_EVERY).isBefore(now) ? s.withRefresh(s.refreshHash(), now) : s);
        }
        return session != null && now.isBefore(session.expires());
    }

    @Override
    public boolean rotateRefresh(String sessionId, String expectedHash, AuthSession updated) {
        boolean[] swapped = {false};
        sessions.computeIfPresent(sessionId, (id, current) -> {
            if (!current.refreshHash().equals(expectedHash)) return current;
            swapped[0] = true;
            return updated;
        });
        return swapped[0];
    }

    @Override
    public void revoke(String sessionId) {
        sessions.remove(sessionId);
    }

    @Override
    public List<AuthSession> forUser(String userId) {
        var now = clock.instant();
        return sessions.values().stream().filter(s -> s.userId().equals(userId) && now.isBefore(s.expires())).toList();
    }
}
