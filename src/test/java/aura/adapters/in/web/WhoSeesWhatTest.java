package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import aura.testing.InProcessNode;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a node discloses to whom: health details and routing decisions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoSeesWhatTest {
    @TempDir
    static Path dataDir;
    private StandInBackend model;
    private InProcessNode node;
    private String base;
    private String admin;

    @BeforeAll
    void start() {
        model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b");
        node = InProcessNode.solo(dataDir, "solo", Map.of("AURA_BACKEND", model.spec()));
        base = node.base();
        admin = node.adminToken();
        for (String user : List.of("alice", "bob")) {
            assertThat(Http.post(base + "/api/admin/users", Accounts.credentials(user, Accounts.PASSWORD), admin)
                    .statusCode()).isEqualTo(201);
        }
    }

    @AfterAll
    void stop() {
        node.close();
        model.close();
    }

    /** The node as seen from another machine: this machine's own non-loopback address. */
    private static String remoteBase(int port) throws SocketException {
        for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return "http://" + address.getHostAddress() + ":" + port;
                }
            }
        }
        throw new IllegalStateException("this machine has no non-loopback IPv4 address to test remote callers from");
    }

    @Test
    void healthDetailsAreForAdminsAndTheNodesOwnMachineOnly() throws Exception {
        String remote = remoteBase(node.port());
        var anonymous = Http.get(remote + "/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("UP").doesNotContain("jdbc");
        assertThat(Http.parse(anonymous.body()).get("details").isNull()).isTrue();

        String alice = Accounts.login(base, "alice", Accounts.PASSWORD).get("accessToken").getStringValue();
        assertThat(Http.get(remote + "/health", alice).body()).doesNotContain("jdbc");
        assertThat(Http.get(remote + "/health", admin).body()).contains("jdbc");
        assertThat(Http.get(base + "/health").body()).as("from loopback").contains("jdbc");
    }

    @Test
    void aPersonSeesTheirOwnRoutingDecisionsAndAnAdminSeesAll() {
        String alice = Accounts.login(base, "alice", Accounts.PASSWORD).get("accessToken").getStringValue();
        String bob = Accounts.login(base, "bob", Accounts.PASSWORD).get("accessToken").getStringValue();
        String aliceDecision = ask(alice);
        String bobDecision = ask(bob);

        assertThat(decisionIds(alice)).contains(aliceDecision).doesNotContain(bobDecision);
        assertThat(decisionIds(bob)).contains(bobDecision).doesNotContain(aliceDecision);
        assertThat(decisionIds(admin)).contains(aliceDecision, bobDecision);
    }

    private String ask(String token) {
        var created = Http.post(base + "/api/chat/conversations", "{\"title\":\"t\",\"model\":\"llama3:8b\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.parse(created.body()).get("id").getStringValue();
        var events = Sse.post(base + "/api/chat/conversations/" + id + "/messages", "{\"content\":\"hi\"}", token);
        return Sse.first(events, "route").data().get("decisionId").getStringValue();
    }

    private List<String> decisionIds(String token) {
        // The log is written when the answer is done, just after the stream ends: wait for it briefly.
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.clear();
            JsonNode list = Http.json(base + "/api/routing/decisions?limit=500", token);
            for (int j = 0; j < list.size(); j++) ids.add(list.get(j).get("id").getStringValue());
            if (ids.size() >= 1) break;
            sleep();
        }
        return ids;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
