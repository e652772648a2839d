package aura.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real services tests talk to: Postgres on 127.0.0.1:5432 (user postgres, trust auth) and Redis on
 * 127.0.0.1:6379. A test that needs one fails loudly when it is missing — it never skips.
 */
public final class Services {
    public static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    public static final String REDIS_URL = "redis://127.0.0.1:6379";

    private Services() {
    }

    /**
     * Creates (or empties) a database of the tests' own, named {@code aura_test_<suffix>}, and returns its URL.
     * With {@code AURA_TEST_DB_SCOPE} set, the name is {@code aura_test_<scope>_<suffix>}, so two checkouts
     * testing on one machine at once never drop each other's databases.
     */
    public static String freshDatabase(String suffix) {
        String name = "aura_test_" + scope() + suffix;
        requireReachable("Postgres", 5432);
        try (Connection c = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Postgres at 127.0.0.1:5432 refused to create " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + name;
    }

    private static String scope() {
        String scope = System.getenv().getOrDefault("AURA_TEST_DB_SCOPE", "").toLowerCase().replaceAll("[^a-z0-9]", "");
        return scope.isEmpty() ? "" : scope + "_";
    }

    public static String redis() {
        requireReachable("Redis", 6379);
        return REDIS_URL;
    }

    private static void requireReachable(String what, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        } catch (IOException e) {
            throw new IllegalStateException(what + " is not running on 127.0.0.1:" + port
                    + " — start it (scripts/test.sh does) instead of skipping this test");
        }
    }

    public static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
