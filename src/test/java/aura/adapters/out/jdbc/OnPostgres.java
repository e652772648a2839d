package aura.adapters.out.jdbc;

import aura.adapters.in.cli.NodeLauncher;
import aura.adapters.in.cli.NodeSettings;
import aura.adapters.in.cli.StartupRequest;
import aura.domain.mesh.Inventory;
import aura.testing.Services;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A mesh node's beans over a fresh Postgres database of the test class's own ({@code aura_test_jdbc_<class>}),
 * migrated by Flyway as the node migrates it; without the web server and the timers, so only the test writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnPostgres {
    /** A fixed moment, so times compare exactly after the round trip (Postgres keeps microseconds). */
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private ApplicationContext node;
    private String dbUrl;

    @BeforeAll
    void startNode() throws IOException {
        dbUrl = Services.freshDatabase("jdbc_" + getClass().getSimpleName().toLowerCase());
        var request = new StartupRequest(Optional.of("lead"), Optional.empty(), Optional.of(Services.freePort()),
                "host", "1.0", Files.createTempDirectory("aura-jdbc").toString());
        var env = Map.of("AURA_DB_URL", dbUrl, "AURA_DB_USER", "postgres", "AURA_REDIS_URL", Services.redis());
        node = NodeLauncher.startWithoutServer(NodeSettings.resolve(request, Inventory.empty(), env));
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    static Instant minutesAfterT0(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    <T> T bean(Class<T> type) {
        return node.getBean(type);
    }

    /** Runs SQL straight on the database, as another node or an older version would. */
    void sql(String statement) {
        try (var c = DriverManager.getConnection(dbUrl, "postgres", ""); var s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    /** What {@code callers} threads answer when each calls {@code call} at the same moment, like nodes starting together. */
    static <T> List<T> atOnce(int callers, Callable<T> call) throws Exception {
        var pool = Executors.newFixedThreadPool(callers);
        try {
            var go = new CountDownLatch(1);
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                pending.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (var answer : pending) answers.add(answer.get());
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
