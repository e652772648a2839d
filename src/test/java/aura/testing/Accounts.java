package aura.testing;

import io.micronaut.json.tree.JsonNode;

/** Test accounts on a running node: bootstrap the first admin, log in, get tokens. */
public final class Accounts {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "Correct-Horse-9!";

    private Accounts() {
    }

    /** Creates the first admin from loopback (if none exists yet) and logs in; returns the access token. */
    public static String adminToken(String base) {
        Http.post(base + "/api/auth/bootstrap", credentials(ADMIN, PASSWORD), null);
        return login(base, ADMIN, PASSWORD).get("accessToken").getStringValue();
    }

    public static JsonNode login(String base, String user, String password) {
        var response = Http.post(base + "/api/auth/login", credentials(user, password), null);
        if (response.statusCode() != 200) {
            throw new AssertionError("login of " + user + " answered " + response.statusCode() + ": " + response.body());
        }
        return Http.parse(response.body());
    }

    public static String credentials(String user, String password) {
        return "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    }
}
