package aura.adapters.out.jdbc;

import aura.domain.problem.Unavailable;
import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.data.connection.exceptions.ConnectionException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Turns "the database is not there right now" into {@link Unavailable}: no connection within the pool's timeout,
 * a connection lost (the primary died), the server shutting down or starting, or a write reaching a standby
 * that has not been promoted yet. The multi-host URL finds the new primary on the next connection, so the
 * caller is told to retry; any other database error is still a bug.
 */
@Singleton
class DatabaseOutageInterceptor implements MethodInterceptor<Object, Object> {
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * Around the transaction, not inside it: a primary that dies as a transaction begins or commits fails in the
     * transaction's own interceptor, and that is an outage too, not a bug.
     */
    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition() - 1;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            if (isOutage(e)) throw new Unavailable("the database is unreachable or switching over; try again shortly", RETRY_AFTER);
            throw e;
        }
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Unavailable) return false;
            // Micronaut Data's ConnectionException: no connection could be had or set up (a closed one, after a crash).
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof ConnectionException) return true;
            if (t instanceof SQLException sql && sql.getSQLState() != null && outageState(sql.getSQLState())) return true;
        }
        return false;
    }

    /** 08: connection exceptions; 57P01-03: shutting down or not accepting connections yet; 25006: read-only (a standby). */
    private static boolean outageState(String state) {
        return state.startsWith("08") || state.startsWith("57P") || state.equals("25006");
    }
}
