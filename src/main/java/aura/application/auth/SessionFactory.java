package aura.application.auth;

import aura.application.auth.port.AccessTokens;
import aura.application.auth.port.SessionStore;
import aura.domain.auth.AuthSession;
import aura.domain.auth.Lifetimes;
import aura.domain.auth.UserAccount;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Opens sessions and hands out their tokens. A refresh token is {@code <session id>.<random>}; only its SHA-256
 * hash is stored, so a leaked session record cannot be replayed.
 */
@Singleton
public class SessionFactory {
    private final SessionStore sessions;
    private final AccessTokens accessTokens;
    private final ThisNode thisNode;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SessionFactory(SessionStore sessions, AccessTokens accessTokens, ThisNode thisNode, Clock clock) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.thisNode = thisNode;
        this.clock = clock;
    }

    public Tokens open(UserAccount user, ClientInfo client) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        String refresh = newRefreshToken(id);
        var session = new AuthSession(id, user.id(), user.username(), user.admin(), thisNode.identity().name(), now,
                now, client.address(), client.userAgent(), hash(refresh), now.plus(Lifetimes.DEFAULT.refresh()));
        sessions.create(session);
        return tokens(session, refresh, now);
    }

    Tokens tokens(AuthSession session, String refresh, Instant now) {
        return new Tokens(accessTokens.issue(session, now), refresh, Lifetimes.DEFAULT.access().toSeconds(), session.id());
    }

    String newRefreshToken(String sessionId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return sessionId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** SHA-256, hex: how refresh tokens and API key secrets are kept, so a leaked record cannot be replayed. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
