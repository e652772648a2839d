package aura.adapters.in.web;

import aura.domain.mesh.InventoryNode;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Services;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead of a mesh takes its backups on schedule (here every second, keeping 2 instead of nightly and 30) and an
 * admin sees them, with their size and age, at {@code GET /api/admin/backups}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupApiTest {
    @TempDir
    static Path dataDir;
    private InProcessNode lead;
    private String admin;

    @BeforeAll
    void start() {
        var inventory = InProcessNode.freshMesh("backups", List.of(new InventoryNode("keeper", aura.domain.node.Role.LEAD,
                "127.0.0.1", Services.freePort(), Optional.empty(), List.of(), Optional.empty())));
        // Read once, when the node schedules its work; cleared at once so no other test's node sees them.
        System.setProperty("aura.backup.cron", "* * * * * *");
        System.setProperty("aura.backup.keep", "2");
        try {
            lead = InProcessNode.inMesh(dataDir, "keeper", inventory, InProcessNode.meshServices("backup_api"));
        } finally {
            System.clearProperty("aura.backup.cron");
            System.clearProperty("aura.backup.keep");
        }
        admin = lead.adminToken();
    }

    @AfterAll
    void stop() {
        lead.close();
    }

    @Test
    void theLeadAdvertisesBackups() {
        assertThat(Http.text(Http.json(lead.base() + "/api/node", admin).get("capabilities"))).contains("backups");
    }

    @Test
    void scheduledBackupsAreListedNewestFirstWithSizeAndAgeAndTheOldestBeyondTheRetentionGo() throws Exception {
        String first = null;
        List<String> names = List.of();
        for (int i = 0; i < 200; i++) {
            names = names(Http.json(lead.base() + "/api/admin/backups", admin));
            if (first == null && !names.isEmpty()) first = names.get(names.size() - 1);
            if (first != null && names.size() == 2 && !names.contains(first)) break;
            Thread.sleep(100);
        }
        assertThat(names).as("two backups kept, the first one gone").hasSize(2).doesNotContain(first);
        assertThat(names.get(0)).isGreaterThan(names.get(1));

        JsonNode newest = Http.json(lead.base() + "/api/admin/backups", admin).get(0);
        assertThat(newest.get("sizeBytes").getLongValue()).isPositive();
        assertThat(newest.get("ageSeconds").getLongValue()).isBetween(0L, 60L);
        assertThat(newest.get("takenAt").getStringValue()).isNotBlank();
    }

    @Test
    void somebodyWhoIsNotAnAdminIsRefused() {
        Http.post(lead.base() + "/api/admin/users", "{\"username\":\"visitor\",\"password\":\"" + Accounts.PASSWORD
                + "\",\"admin\":false}", admin);
        String visitor = Accounts.login(lead.base(), "visitor", Accounts.PASSWORD).get("accessToken").getStringValue();

        var answer = Http.get(lead.base() + "/api/admin/backups", visitor);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("only admins can see the backups");
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) names.add(list.get(i).get("name").getStringValue());
        return names;
    }
}
