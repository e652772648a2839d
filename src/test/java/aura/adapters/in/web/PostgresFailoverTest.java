package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.PostgresCluster;
import aura.testing.Services;
import aura.application.auth.port.PendingLogouts;
import aura.application.training.port.TrainingJobs;
import aura.domain.problem.Unavailable;
import aura.domain.training.JobClaim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A primary and its streaming standby (made by {@code aura-node db standby}) on loopback ports, a node on the
 * multi-host URL of both. What must never be lost waits for the synchronous standby; the rest does not. The primary is SIGKILLed and the standby promoted ({@code aura-node db promote}): the
 * node answers 503 with Retry-After during the switch, never a 500, then writes to the new primary without a
 * restart, and what it wrote before is still there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresFailoverTest {
    private static final String SLOT = "aura_failover_test";
    @TempDir
    static Path dataDir;
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterAll
    void stop() throws Exception {
        java.util.Collections.reverse(cleanup);
        for (AutoCloseable c : cleanup) c.close();
    }

    private PostgresCluster primary;
    private PostgresCluster standby;
    private InProcessNode node;
    private String admin;

    @BeforeAll
    void aPrimaryItsStandbyAndANodeOnBoth() throws Exception {
        primary = keep(PostgresCluster.create());
        try (var c = DriverManager.getConnection(primary.url("postgres"), "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE aura");
        }
        Path standbyData = PostgresCluster.newDirectory().resolve("data");
        var made = cli("db", "standby", "--primary", "127.0.0.1:" + primary.port(), "--pgdata", standbyData.toString(),
                "--slot", SLOT);
        assertThat(made.get(0)).as(made.get(1)).isEqualTo("0");
        standby = keep(PostgresCluster.adopt(standbyData));

        var env = Map.of("AURA_DB_URL", "jdbc:postgresql://127.0.0.1:" + primary.port() + ",127.0.0.1:" + standby.port() + "/aura",
                "AURA_DB_USER", "postgres", "AURA_REDIS_URL", Services.redis());
        node = keep(InProcessNode.inMesh(dataDir, "lead", InProcessNode.freshMesh("failover", List.of()), env));
        admin = node.adminToken();
    }

    @Test
    @Order(1)
    void aRevocationWaitsForTheSynchronousStandbyAndAnAccountDoesNot() throws Exception {
        synchronousStandby("aura_absent"); // a standby that is not there: whatever must be synchronous waits
        var revocation = CompletableFuture.runAsync(() ->
                node.context().getBean(PendingLogouts.class).add("session-revoked-while-waiting", Instant.now()));

        assertThat(createUser(node, admin, "async").statusCode()).as("an account does not wait").isEqualTo(201);
        Thread.sleep(1000);
        assertThat(revocation).as("the revocation waits for the standby").isNotDone();

        synchronousStandby(SLOT);
        revocation.get(30, TimeUnit.SECONDS);
        awaitOnStandby(standby, "SELECT count(*) FROM pending_logout WHERE session_id = 'session-revoked-while-waiting'");
    }

    @Test
    @Order(2)
    void aJobLeaseWaitsForTheSynchronousStandby() throws Exception {
        String job = queueJob(node, admin);
        synchronousStandby("aura_absent");
        TrainingJobs jobs = node.context().getBean(TrainingJobs.class);
        var claim = CompletableFuture.supplyAsync(() -> jobs.claim("elsewhere", java.util.Set.of(aura.domain.training.TrainingKind.LNN), Instant.now(), Instant.now().plusSeconds(600)));

        Thread.sleep(1000);
        assertThat(claim).as("the claim waits for the standby").isNotDone();

        synchronousStandby(SLOT);
        JobClaim lease = claim.get(30, TimeUnit.SECONDS).orElseThrow();
        assertThat(lease.jobId()).isEqualTo(job);
        awaitOnStandby(standby, "SELECT count(*) FROM training_job WHERE id = '" + job + "' AND status = 'training' "
                + "AND node = 'elsewhere'");

        synchronousStandby("aura_absent");
        var renewal = CompletableFuture.supplyAsync(() -> jobs.renew(lease, Instant.now().plusSeconds(900), Instant.now()));
        Thread.sleep(1000);
        assertThat(renewal).as("the renewal waits for the standby").isNotDone();
        synchronousStandby(SLOT);
        assertThat(renewal.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @Order(3)
    void theNodeFollowsThePromotedStandbyWithoutARestartAndLosesNothing() throws Exception {
        assertThat(createUser(node, admin, "before").statusCode()).isEqualTo(201);
        awaitOnStandby(standby, "SELECT count(*) FROM user_account WHERE username = 'before'");
        // A commit that waits for a standby when the primary dies fails in the transaction's own commit: an outage.
        synchronousStandby("aura_absent");
        var dying = CompletableFuture.runAsync(() ->
                node.context().getBean(PendingLogouts.class).add("session-revoked-as-the-primary-dies", Instant.now()));
        Thread.sleep(1000);
        assertThat(dying).as("the revocation waits for the standby").isNotDone();

        primary.kill();
        assertThatThrownBy(() -> dying.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(Unavailable.class);
        List<Integer> statuses = new ArrayList<>();
        boolean promoted = false;
        HttpResponse<String> answer = null;
        for (int i = 0; i < 120; i++) {
            answer = createUser(node, admin, "during" + i);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 503) assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            if (answer.statusCode() == 201 && promoted) break;
            if (!promoted && (answer.statusCode() == 503 || i >= 3)) {
                var promotion = cli("db", "promote", "--standby", "127.0.0.1:" + standby.port());
                assertThat(promotion.get(0)).as(promotion.get(1)).isEqualTo("0");
                promoted = true;
            }
            Thread.sleep(250);
        }

        assertThat(statuses).as("answers during the switch").doesNotContain(500).contains(503);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(Http.text(Http.json(node.base() + "/api/admin/users", admin))).contains("\"before\"");
        assertThat(Accounts.login(node.base(), "before", Accounts.PASSWORD).get("accessToken")).isNotNull();

        var again = cli("db", "promote", "--standby", "127.0.0.1:" + standby.port());
        assertThat(again.get(0)).isEqualTo("2");
        assertThat(again.get(1).strip()).isEqualTo("promote: 127.0.0.1:" + standby.port() + " is not a standby (it is a primary already)");
    }

    /** A queued LNN job on a small uploaded dataset (a lead runs no jobs itself): its id. */
    private static String queueJob(InProcessNode node, String admin) throws Exception {
        var upload = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(node.base() + "/api/training/datasets?name=lease"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TrainingApiTest.sineCsv(40))).build(),
                HttpResponse.BodyHandlers.ofString());
        String dataset = Http.parse(upload.body()).get("id").getStringValue();
        var started = Http.post(node.base() + "/api/training/start", "{\"model_name\":\"lease\",\"base_model\":"
                + "\"cfc\",\"training_data\":\"dataset:" + dataset + "\",\"epochs\":1,\"learning_rate\":0.01,\"columns\":[\"cpu\"]}", admin);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return Http.parse(started.body()).get("job_id").getStringValue();
    }

    private static HttpResponse<String> createUser(InProcessNode node, String admin, String name) {
        return Http.post(node.base() + "/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\""
                + Accounts.PASSWORD + "\",\"admin\":false}", admin);
    }

    private static void awaitOnStandby(PostgresCluster standby, String count) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var c = DriverManager.getConnection(standby.url("aura"), "postgres", "");
                 var rs = c.createStatement().executeQuery(count)) {
                if (rs.next() && rs.getInt(1) == 1) return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never on the standby: " + count);
    }

    private void synchronousStandby(String name) throws Exception {
        try (var c = DriverManager.getConnection(primary.url("postgres"), "postgres", ""); var s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET synchronous_standby_names = '" + name + "'");
            s.execute("SELECT pg_reload_conf()");
            // A reload is only signalled: wait until the standby's sender has taken the new setting (sync or not),
            // or a commit made right after would still be released by (or wait for) the old one.
            boolean wanted = name.equals(SLOT);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try (var rs = s.executeQuery("SELECT count(*) FROM pg_stat_replication WHERE sync_state IN ('sync', 'quorum')")) {
                    rs.next();
                    if ((rs.getInt(1) > 0) == wanted) return;
                }
                if (System.nanoTime() > deadline) throw new AssertionError("the standby's sync state did not follow " + name);
                Thread.sleep(20);
            }
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        cleanup.add(resource);
        return resource;
    }

    /** Exit status and stderr of one command-line run. */
    private static List<String> cli(String... args) {
        StringWriter err = new StringWriter();
        int status = aura.adapters.in.cli.AuraCommand.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return List.of(String.valueOf(status), err.toString());
    }
}
