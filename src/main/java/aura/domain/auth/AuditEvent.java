package aura.domain.auth;

import java.time.Instant;

/** One line of the audit log: what happened to whom, on which node, from which client address. */
public record AuditEvent(long id, Instant at, Type type, String username, String node, String clientAddress,
                         String detail) {
    public enum Type {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGOUT, SESSION_REVOKED, REFRESH_TOKEN_REUSED, USER_CREATED, USER_CHANGED,
        MFA_ENROLLED, MFA_DISABLED, KEY_ROTATED
    }

    public AuditEvent {
        if (at == null || type == null) throw new IllegalArgumentException("audit event needs a time and a type");
        if (username == null) username = "";
        if (clientAddress == null) clientAddress = "";
        if (detail == null) detail = "";
    }

    public static AuditEvent of(Instant at, Type type, String username, String node, String clientAddress, String detail) {
        return new AuditEvent(0, at, type, username, node, clientAddress, detail);
    }
}
