package aura.adapters.in.web;

import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.SoloNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token seen before takes the short way through the security filter; these are the decisions that way must
 * still make exactly as the full one does, asked several times so every answer after the first is a remembered one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RememberedTokenTest {
    @RegisterExtension
    static final SoloNode node = SoloNode.named("remembered-box");
    private String base;
    private String admin;

    @BeforeAll
    void start() {
        base = node.base();
        admin = node.token();
    }

    private String loggedInUser() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        var created = Http.post(base + "/api/admin/users",
                "{\"username\":\"" + name + "\",\"password\":\"" + Accounts.PASSWORD + "\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
    }

    @Test
    void aRememberedTokenStillNamesItsOwnPerson() {
        String token = loggedInUser();
        String first = Http.text(Http.json(base + "/api/auth/me", token).get("username"));
        for (int i = 0; i < 3; i++) {
            assertThat(Http.text(Http.json(base + "/api/auth/me", token).get("username"))).isEqualTo(first);
        }
    }

    @Test
    void aRememberedTokenOfAUserIsStillRefusedOnAnAdminRoute() {
        String token = loggedInUser();
        for (int i = 0; i < 3; i++) {
            assertThat(Http.get(base + "/api/auth/me", token).statusCode()).isEqualTo(200);
            assertThat(Http.get(base + "/api/admin/users", token).statusCode()).isEqualTo(403);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(Http.get(base + "/api/admin/users", admin).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRememberedTokenIsRefusedTheMomentItsSessionEnds() {
        String token = loggedInUser();
        for (int i = 0; i < 3; i++) assertThat(Http.get(base + "/api/auth/me", token).statusCode()).isEqualTo(200);
        assertThat(Http.post(base + "/api/auth/logout", null, token).statusCode()).isEqualTo(204);
        for (int i = 0; i < 3; i++) assertThat(Http.get(base + "/api/auth/me", token).statusCode()).isEqualTo(401);
    }

    private String apiKeyOf(String token) {
        var created = Http.post(base + "/api/auth/api-keys", "{\"name\":\"k\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.parse(created.body()).get("key").getStringValue();
    }

    @Test
    void aRememberedApiKeyNamesItsOwnPersonAndIsStillRefusedOnAnAdminRoute() {
        String token = loggedInUser();
        String name = Http.text(Http.json(base + "/api/auth/me", token).get("username"));
        String key = apiKeyOf(token);
        for (int i = 0; i < 3; i++) {
            assertThat(Http.text(Http.json(base + "/api/auth/me", key).get("username"))).isEqualTo(name);
            assertThat(Http.get(base + "/api/admin/users", key).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void aRememberedApiKeyIsRefusedTheMomentItIsRevokedHere() {
        String token = loggedInUser();
        String key = apiKeyOf(token);
        for (int i = 0; i < 3; i++) assertThat(Http.get(base + "/api/auth/me", key).statusCode()).isEqualTo(200);
        String id = Http.parse(Http.get(base + "/api/auth/api-keys", token).body()).get(0).get("id").getStringValue();
        assertThat(Http.delete(base + "/api/auth/api-keys/" + id, token).statusCode()).isEqualTo(204);
        for (int i = 0; i < 3; i++) assertThat(Http.get(base + "/api/auth/me", key).statusCode()).isEqualTo(401);
        String forged = key.substring(0, key.length() - 1) + (key.endsWith("a") ? "b" : "a");
        assertThat(Http.get(base + "/api/auth/me", forged).statusCode()).as("a wrong secret for a remembered id").isEqualTo(401);
    }

    @Test
    void aSchemeOtherThanBearerOrABrokenHeaderIsNotTakenForARememberedToken() {
        String token = loggedInUser();
        assertThat(Http.get(base + "/api/auth/me", token).statusCode()).isEqualTo(200);
        assertThat(Http.send("GET", base + "/api/auth/me", null, Map.of("Authorization", "Basic " + token))
                .statusCode()).isEqualTo(401);
        assertThat(Http.send("GET", base + "/api/auth/me", null, Map.of("Authorization", "Bearer"))
                .statusCode()).isEqualTo(401);
        assertThat(Http.send("GET", base + "/api/auth/me", null, Map.of("Authorization", "bearer " + token))
                .statusCode()).isEqualTo(200);
    }
}
