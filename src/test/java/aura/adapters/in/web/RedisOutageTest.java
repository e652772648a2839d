package aura.adapters.in.web;

import aura.adapters.out.redis.RevocationsFollowed;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.Services;
import aura.testing.TcpProxy;
import aura.testing.InProcessNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node A reaches Redis through a proxy the test can cut; node B reaches it directly. During an outage A answers
 * 503 with Retry-After, never 500, and a logout made on A is neither lost nor honoured anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisOutageTest {
    @TempDir
    static Path dataDir;
    private TcpProxy proxy;
    private String dbUrl;
    private InProcessNode nodeA;
    private InProcessNode nodeB;
    private String a;
    private String b;

    @BeforeAll
    void start() throws Exception {
        proxy = new TcpProxy(6379);
        dbUrl = Services.freshDatabase("redis_outage");
        Services.redis();
        var inventory = InProcessNode.freshMesh("outage", List.of());
        nodeA = InProcessNode.inMesh(dataDir.resolve("a"), "node-a", inventory,
                Map.of("AURA_DB_URL", dbUrl, "AURA_DB_USER", "postgres", "AURA_REDIS_URL", "redis://127.0.0.1:" + proxy.port()));
        nodeB = InProcessNode.inMesh(dataDir.resolve("b"), "node-b", inventory,
                Map.of("AURA_DB_URL", dbUrl, "AURA_DB_USER", "postgres", "AURA_REDIS_URL", Services.redis()));
        a = nodeA.base();
        b = nodeB.base();
        nodeA.adminToken();
    }

    @AfterEach
    void restore() {
        proxy.restore();
    }

    @AfterAll
    void stop() throws Exception {
        nodeA.close();
        nodeB.close();
        proxy.close();
    }

    @Test
    void duringARedisOutageLoginsAndTheMeshListAnswer503WithRetryAfter() throws InterruptedException {
        RevocationsFollowed.await(nodeA.context()); // after the last test's restore, or the session is forgotten
        String token = Accounts.login(a, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        assertThat(Http.get(a + "/api/mesh/nodes", token).statusCode()).isEqualTo(200);
        proxy.cut();

        var login = Http.post(a + "/api/auth/login", Accounts.credentials(Accounts.ADMIN, Accounts.PASSWORD), null);
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.headers().firstValue("Retry-After")).isPresent();
        var nodes = Http.get(a + "/api/mesh/nodes", token);
        assertThat(nodes.statusCode()).as("a session confirmed within the grace reaches the handler").isEqualTo(503);
        assertThat(nodes.headers().firstValue("Retry-After")).isPresent();

        proxy.restore();
        assertThat(eventually(() -> Http.post(a + "/api/auth/login",
                Accounts.credentials(Accounts.ADMIN, Accounts.PASSWORD), null).statusCode() == 200)).isTrue();
    }

    @Test
    void logoutDuringARedisOutageIsNeverLost() throws Exception {
        RevocationsFollowed.await(nodeA.context());
        String token = Accounts.login(a, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        assertThat(Http.get(b + "/api/auth/me", token).statusCode()).isEqualTo(200);
        proxy.cut();

        assertThat(Http.post(a + "/api/auth/logout", null, token).statusCode()).isEqualTo(204);
        assertThat(Http.get(a + "/api/auth/me", token).statusCode()).isEqualTo(401);
        assertThat(eventually(() -> Http.get(b + "/api/auth/me", token).statusCode() == 401))
                .as("node B refuses the token whether or not it has applied the logout to Redis yet").isTrue();

        proxy.restore();
        assertThat(eventually(() -> pendingLogouts() == 0)).as("applied by a node that reaches Redis").isTrue();
        assertThat(Http.get(a + "/api/auth/me", token).statusCode()).isEqualTo(401);
        assertThat(Http.get(b + "/api/auth/me", token).statusCode()).isEqualTo(401);
        String other = Accounts.login(b, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        String sessions = Http.text(Http.json(b + "/api/auth/sessions", other));
        assertThat(sessions).doesNotContain(tokenSession(token));
    }

    private static String tokenSession(String token) throws Exception {
        return com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid");
    }

    private int pendingLogouts() {
        try (var c = DriverManager.getConnection(dbUrl, "postgres", "");
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM pending_logout")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) return true;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
