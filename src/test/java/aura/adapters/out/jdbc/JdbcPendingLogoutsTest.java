package aura.adapters.out.jdbc;

import aura.application.auth.port.PendingLogouts;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Logouts waiting for the session store, on the real Postgres: seen at once, oldest first, each once. */
class JdbcPendingLogoutsTest extends OnPostgres {
    PendingLogouts pending() {
        return bean(PendingLogouts.class);
    }

    /** Another node of the mesh, with nothing remembered yet. */
    PendingLogouts anotherNode() {
        return new JdbcPendingLogouts(bean(PendingLogoutRows.class), bean(SynchronousCommits.class), new RowsReadLately());
    }

    static String session() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aLogoutIsSeenAtOnceHereAndOnAnotherNode() {
        String s = session();
        assertThat(anotherNode().contains(s)).isFalse();

        pending().add(s, T0);

        assertThat(pending().contains(s)).isTrue();
        assertThat(anotherNode().contains(s)).isTrue();
    }

    @Test
    void logoutsAreListedOldestFirstAndEachOnce() {
        String later = session();
        String earlier = session();
        pending().add(later, minutesAfterT0(2));
        pending().add(earlier, minutesAfterT0(1));
        pending().add(later, minutesAfterT0(3));

        assertThat(pending().all()).filteredOn(s -> s.equals(later) || s.equals(earlier)).containsExactly(earlier, later);
    }

    @Test
    void anAppliedLogoutIsRemoved() {
        String s = session();
        pending().add(s, T0);

        pending().remove(s);
        pending().remove(session()); // an unknown one is no error

        assertThat(pending().all()).doesNotContain(s);
        assertThat(anotherNode().contains(s)).isFalse();
    }
}
