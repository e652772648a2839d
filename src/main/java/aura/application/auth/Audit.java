package aura.application.auth;

import aura.application.auth.port.AuditLog;
import aura.domain.auth.AuditEvent;
import aura.domain.mesh.NodeSettings;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Writes audit events stamped with this node's name and the current time. */
@Singleton
public class Audit {
    private final AuditLog log;
    private final NodeSettings settings;
    private final Clock clock;

    public Audit(AuditLog log, NodeSettings settings, Clock clock) {
        this.log = log;
        this.settings = settings;
        this.clock = clock;
    }

    public void record(AuditEvent.Type type, String username, ClientInfo client, String detail) {
        log.record(AuditEvent.of(clock.instant(), type, username, settings.identity().name(),
                client == null ? "" : client.address(), detail));
    }
}
