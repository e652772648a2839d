package aura.application.auth.port;

import aura.domain.auth.AuditEvent;

import java.util.List;

/** The durable, append-only record of security events. */
public interface AuditLog {
    void record(AuditEvent event);

    /** Newest first: events with id below {@code beforeId} (all when null), at most {@code limit}. */
    List<AuditEvent> page(Long beforeId, int limit);
}
