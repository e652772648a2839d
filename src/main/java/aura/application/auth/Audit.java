package aura.application.auth;

import aura.application.auth.port.AuditLog;
import aura.domain.auth.AuditEvent;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Writes audit events stamped with this node's name and the current time. */
@Singleton
public record Audit(AuditLog log, ThisNode thisNode, Clock clock) {
    public void record(AuditEvent.Type type, String username, ClientInfo client, String detail) {
        log.record(AuditEvent.of(clock.instant(), type, username, thisNode.identity().name(),
                client == null ? "" : client.address(), detail));
    }
}
