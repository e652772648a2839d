package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.RedisProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Redis master, its replica and three Sentinels on loopback ports, a node on {@code redis-sentinel://}. The
 * master is SIGKILLed: the Sentinels promote the replica, the node follows it without a restart, the session
 * logged in before the kill stays valid, and nothing answers 500 on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisSentinelFailoverTest {
    private static final String MASTER = "aura-test";
    @TempDir
    static Path dir;
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterAll
    void stop() throws Exception {
        Collections.reverse(cleanup);
        for (AutoCloseable c : cleanup) c.close();
    }

    @Test
    void sessionsSurviveTheSwitchToTheReplica() throws Exception {
        RedisProcess master = keep(RedisProcess.master(dir));
        RedisProcess replica = keep(RedisProcess.replicaOf(dir, master));
        List<String> sentinels = new ArrayList<>();
        for (int i = 0; i < 3; i++) sentinels.add(keep(RedisProcess.sentinel(dir, MASTER, master)).address());

        var env = new HashMap<>(InProcessNode.meshServices("sentinel"));
        env.put("AURA_REDIS_URL", "redis-sentinel://" + String.join(",", sentinels) + "/" + MASTER);
        InProcessNode node = keep(InProcessNode.inMesh(dir.resolve("node"), "lead", InProcessNode.freshMesh("sentinel", List.of()), env));
        String token = node.adminToken();
        assertThat(Http.get(node.base() + "/api/auth/me", token).statusCode()).isEqualTo(200);
        // The replica may still be making its first sync on a busy machine: wait for its acknowledgement, with a
        // socket timeout longer than WAIT's own.
        try (Jedis onMaster = new Jedis("127.0.0.1", master.port(), 10_000)) {
            long acknowledged = 0;
            for (int i = 0; i < 6 && acknowledged < 1; i++) acknowledged = onMaster.waitReplicas(1, 5000);
            assertThat(acknowledged).as("the replica has the session").isEqualTo(1);
        }

        master.kill();
        List<Integer> statuses = new ArrayList<>();
        boolean switched = false;
        for (int i = 0; i < 120 && !switched; i++) {
            var answer = Http.get(node.base() + "/api/auth/me", token);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 503) assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            try (Jedis onReplica = new Jedis("127.0.0.1", replica.port())) {
                switched = onReplica.info("replication").contains("role:master");
            }
            Thread.sleep(250);
        }
        assertThat(switched).as("the Sentinels promoted the replica").isTrue();

        int status = 0;
        for (int i = 0; i < 80 && status != 200; i++) {
            var login = Http.post(node.base() + "/api/auth/login", Accounts.credentials(Accounts.ADMIN, Accounts.PASSWORD), null);
            status = login.statusCode();
            statuses.add(status);
            if (status != 200) Thread.sleep(250);
        }
        assertThat(status).as("a new login is written to the new master").isEqualTo(200);
        assertThat(Http.get(node.base() + "/api/auth/me", token).statusCode()).as("the old session").isEqualTo(200);
        assertThat(statuses).as("answers during the switch").doesNotContain(500).doesNotContain(401);
    }

    private <T extends AutoCloseable> T keep(T resource) {
        cleanup.add(resource);
        return resource;
    }
}
