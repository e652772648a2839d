package aura.adapters.out.jdbc;

import aura.application.auth.port.AuditLog;
import aura.domain.auth.AuditEvent;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;

import java.util.List;

/** The audit log, append-only, in the node's database. */
@Singleton
@DatabaseOutages
public class JdbcAuditLog implements AuditLog {
    private static final int DETAIL_MAX = 500;
    /** The columns' sizes: a failed login records the name as typed, which may be any length. */
    private static final int USERNAME_MAX = 64;
    private static final int ADDRESS_MAX = 64;

    private final AuditEventRows rows;

    public JdbcAuditLog(AuditEventRows rows) {
        this.rows = rows;
    }

    @Override
    public void record(AuditEvent e) {
        rows.save(new AuditEventRow(null, e.at(), e.type().name(), cut(e.username(), USERNAME_MAX), e.node(),
                cut(e.clientAddress(), ADDRESS_MAX), cut(e.detail(), DETAIL_MAX)));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    @Override
    public List<AuditEvent> page(Long beforeId, int limit) {
        var page = Pageable.from(0, limit);
        var found = beforeId == null ? rows.listOrderByIdDesc(page) : rows.findByIdLessThanOrderByIdDesc(beforeId, page);
        return found.stream().map(r -> new AuditEvent(r.id(), r.at(), AuditEvent.Type.valueOf(r.type()), r.username(),
                r.node(), r.clientAddress(), r.detail())).toList();
    }
}
