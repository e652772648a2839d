package aura.adapters.out.jdbc;

import aura.application.auth.port.AuditLog;
import aura.domain.auth.AuditEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log on the real Postgres: append-only, paged newest first. */
class JdbcAuditLogTest extends OnPostgres {
    AuditLog log() {
        return bean(AuditLog.class);
    }

    void record(String detail) {
        log().record(AuditEvent.of(T0, AuditEvent.Type.LOGIN_FAILED, "ann", "lead", "10.0.0.7", detail));
    }

    @Test
    void anEventIsKeptWithEverythingItSaysAndAnIdOfItsOwn() {
        log().record(AuditEvent.of(T0, AuditEvent.Type.USER_CREATED, "bob", "gpu", "10.0.0.8", "by admin"));

        AuditEvent stored = log().page(null, 1).get(0);
        assertThat(stored.id()).isPositive();
        assertThat(stored).isEqualTo(new AuditEvent(stored.id(), T0, AuditEvent.Type.USER_CREATED, "bob", "gpu",
                "10.0.0.8", "by admin"));
    }

    @Test
    void pagesAreNewestFirstAndContinueBelowTheLastIdSeen() {
        for (int i = 1; i <= 5; i++) record("attempt " + i);

        List<AuditEvent> first = log().page(null, 3);
        List<AuditEvent> next = log().page(first.get(2).id(), 2);

        assertThat(first).extracting(AuditEvent::detail).containsExactly("attempt 5", "attempt 4", "attempt 3");
        assertThat(next).extracting(AuditEvent::detail).containsExactly("attempt 2", "attempt 1");
    }

    @Test
    void aLongDetailIsCutTo500Characters() {
        record("x".repeat(2000));
        assertThat(log().page(null, 1).get(0).detail()).hasSize(500);
    }

    @Test
    void aFailedLoginUnderAnOverlongNameIsStillRecorded() {
        // Anyone can try to log in as any name; the try must be audited, not turned into a database error.
        log().record(AuditEvent.of(T0, AuditEvent.Type.LOGIN_FAILED, "m".repeat(300), "lead", "10.0.0.7", "unknown user"));

        AuditEvent stored = log().page(null, 1).get(0);
        assertThat(stored.username()).hasSize(64).isEqualTo("m".repeat(64));
        assertThat(stored.detail()).isEqualTo("unknown user");
    }
}
