package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Two mesh nodes sharing the real Postgres and Redis: one login works everywhere, one logout ends it everywhere. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeshAuthTest {
    @TempDir
    static Path dataDir;
    private InProcessNode nodeA;
    private InProcessNode nodeB;
    private String a;
    private String b;

    @BeforeAll
    void start() {
        var env = InProcessNode.meshServices("mesh_auth");
        var inventory = InProcessNode.freshMesh("auth", java.util.List.of());
        nodeA = InProcessNode.inMesh(dataDir.resolve("a"), "node-a", inventory, env);
        nodeB = InProcessNode.inMesh(dataDir.resolve("b"), "node-b", inventory, env);
        a = nodeA.base();
        b = nodeB.base();
        nodeA.adminToken();
    }

    @AfterAll
    void stop() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void logInOnAUseOnBLogOutOnBAndARefusesWithinOneSecond() throws InterruptedException {
        String token = Accounts.login(a, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        assertThat(Http.get(a + "/api/auth/me", token).statusCode()).isEqualTo(200);
        assertThat(Http.get(b + "/api/auth/me", token).statusCode()).isEqualTo(200);
        assertThat(Http.text(Http.json(b + "/api/auth/sessions", token))).contains("\"node\":\"node-a\"");

        assertThat(Http.post(b + "/api/auth/logout", null, token).statusCode()).isEqualTo(204);
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        int status = 200;
        while (System.nanoTime() < deadline && (status = Http.get(a + "/api/auth/me", token).statusCode()) == 200) {
            Thread.sleep(20);
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void aUserDisabledOnBIsRefusedOnAAtOnceAndTheirApiKeyWithinASecond() throws InterruptedException {
        String admin = Accounts.login(a, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        assertThat(Http.post(a + "/api/admin/users", Accounts.credentials("soon-off", Accounts.PASSWORD), admin)
                .statusCode()).isEqualTo(201);
        String token = Accounts.login(a, "soon-off", Accounts.PASSWORD).get("accessToken").getStringValue();
        String key = Http.parse(Http.post(a + "/api/auth/api-keys", "{\"name\":\"k\"}", token).body())
                .get("key").getStringValue();
        assertThat(Http.get(a + "/api/auth/me", token).statusCode()).isEqualTo(200); // A now remembers the account
        assertThat(Http.get(a + "/api/auth/me", key).statusCode()).isEqualTo(200);

        assertThat(Http.post(b + "/api/admin/users/soon-off/disabled", "{\"disabled\":true}", admin).statusCode())
                .isEqualTo(200);
        assertThat(Http.get(a + "/api/auth/me", token).statusCode()).isEqualTo(401); // its sessions ended everywhere
        // A key has no session: it is refused through the account, which A may have read up to a second ago.
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        int status = 200;
        while (System.nanoTime() < deadline && (status = Http.get(a + "/api/auth/me", key).statusCode()) == 200) {
            Thread.sleep(20);
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void aKeyInUseNonStopOnAIsRefusedWithinASecondOfItsRevocationOnB() throws InterruptedException {
        String token = Accounts.login(a, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        var created = Http.parse(Http.post(a + "/api/auth/api-keys", "{\"name\":\"busy\"}", token).body());
        String key = created.get("key").getStringValue();
        String id = created.get("id").getStringValue();
        for (int i = 0; i < 20; i++) assertThat(Http.get(a + "/api/auth/me", key).statusCode()).isEqualTo(200); // A checks it from memory

        long revoked = System.nanoTime();
        assertThat(Http.delete(b + "/api/auth/api-keys/" + id, token).statusCode()).isEqualTo(204);
        long deadline = revoked + Duration.ofSeconds(2).toNanos();
        int status = 200;
        while (System.nanoTime() < deadline && (status = Http.get(a + "/api/auth/me", key).statusCode()) == 200) {
            Thread.sleep(5);
        }
        assertThat(status).as("refused within the second (the deadline allows for the requests' own time)").isEqualTo(401);
    }

    @Test
    void aRefreshTokenIssuedOnAWorksOnBOnce() {
        var tokens = Accounts.login(a, Accounts.ADMIN, Accounts.PASSWORD);
        String body = "{\"refreshToken\":\"" + tokens.get("refreshToken").getStringValue() + "\"}";
        var refreshed = Http.post(b + "/api/auth/refresh", body, null);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String access = Http.parse(refreshed.body()).get("accessToken").getStringValue();
        assertThat(Http.get(a + "/api/auth/me", access).statusCode()).isEqualTo(200);
        assertThat(Http.post(a + "/api/auth/refresh", body, null).statusCode()).isEqualTo(401);
    }

    @Test
    void failedLoginsAreCountedAcrossTheMesh() {
        var created = Http.post(a + "/api/admin/users", Accounts.credentials("meshuser", Accounts.PASSWORD),
                Accounts.login(a, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue());
        assertThat(created.statusCode()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            String node = i % 2 == 0 ? a : b;
            assertThat(Http.post(node + "/api/auth/login", Accounts.credentials("meshuser", "Wrong-Password-1!"), null)
                    .statusCode()).isEqualTo(401);
        }
        assertThat(Http.post(b + "/api/auth/login", Accounts.credentials("meshuser", Accounts.PASSWORD), null)
                .statusCode()).isEqualTo(429);
    }
}
