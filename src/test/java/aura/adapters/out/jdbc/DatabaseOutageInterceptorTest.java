package aura.adapters.out.jdbc;

import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures are "not there right now" (503, retry) and which are still bugs (500). */
class DatabaseOutageInterceptorTest {
    @Test
    void noConnectionFromThePoolALostConnectionAndAStandbyAreOutages() {
        assertThat(DatabaseOutageInterceptor.isOutage(new DataAccessException("x",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms")))).isTrue();
        assertThat(DatabaseOutageInterceptor.isOutage(new DataAccessException("x",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseOutageInterceptor.isOutage(new DataAccessException("x",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutageInterceptor.isOutage(new DataAccessException("x",
                new SQLException("cannot execute INSERT in a read-only transaction", "25006")))).isTrue();
    }

    @Test
    void aBrokenQueryOrAViolatedKeyIsStillABug() {
        assertThat(DatabaseOutageInterceptor.isOutage(new DataAccessException("x",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutageInterceptor.isOutage(new DataAccessException("x",
                new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseOutageInterceptor.isOutage(new IllegalStateException("no"))).isFalse();
    }
}
