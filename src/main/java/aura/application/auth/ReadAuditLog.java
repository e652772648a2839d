package aura.application.auth;

import aura.application.auth.port.AuditLog;
import aura.domain.auth.AuditEvent;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotAllowed;
import jakarta.inject.Singleton;

import java.util.List;

/** Pages through the audit log, newest first; admins only. */
@Singleton
public record ReadAuditLog(AuditLog log) {
    public static final int MAX_PAGE = 500;

    public List<AuditEvent> page(Caller caller, Long beforeId, int limit) {
        if (!caller.admin()) throw new NotAllowed("only admins can read the audit log");
        if (limit < 1 || limit > MAX_PAGE) throw new InvalidInput("limit", "limit must be between 1 and " + MAX_PAGE);
        return log.page(beforeId, limit);
    }
}
