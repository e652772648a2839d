package aura.adapters.in.web;

import aura.application.auth.port.SigningKeys;
import aura.domain.auth.Totp;
import aura.testing.Accounts;
import aura.testing.Http;
import aura.testing.SoloNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication on a real solo node over HTTP: the login flows, the refusals, and the audit they leave. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthApiTest {
    @RegisterExtension
    static final SoloNode node = SoloNode.named("auth-box");
    private String base;
    private String admin;

    @BeforeAll
    void start() {
        base = node.base();
        assertThat(Http.json(base + "/api/auth/status").get("bootstrapNeeded").getBooleanValue()).isTrue();
        admin = node.token();
    }

    private String newUser(String password) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        var created = Http.post(base + "/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    private int status(String token) {
        return Http.get(base + "/api/auth/me", token).statusCode();
    }

    @Test
    void bootstrapIsRefusedOnceAUserExists() {
        var again = Http.post(base + "/api/auth/bootstrap", Accounts.credentials("second", Accounts.PASSWORD), null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(base + "/api/auth/status").get("bootstrapNeeded").getBooleanValue()).isFalse();
    }

    @Test
    void loginGivesTokensAndHttpOnlyStrictCookiesAndBothWork() {
        String name = newUser(Accounts.PASSWORD);
        var response = Http.post(base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD), null);
        assertThat(response.statusCode()).isEqualTo(200);
        var body = Http.parse(response.body());
        assertThat(body.get("expiresIn").getLongValue()).isEqualTo(1800);
        List<String> cookies = response.headers().allValues("set-cookie");
        assertThat(cookies).anyMatch(c -> c.startsWith("AURA_ACCESS=") && c.toLowerCase().contains("httponly") && c.contains("SameSite=Strict"));
        assertThat(cookies).anyMatch(c -> c.startsWith("AURA_REFRESH=") && c.contains("Path=/api/auth"));
        String access = body.get("accessToken").getStringValue();
        assertThat(status(access)).isEqualTo(200);
        var viaCookie = Http.send("GET", base + "/api/auth/me", null, Map.of("Cookie", "AURA_ACCESS=" + access));
        assertThat(viaCookie.statusCode()).isEqualTo(200);
        assertThat(viaCookie.body()).contains(name);
    }

    @Test
    void aRefusedPasswordSaysWhichRuleFailedAndCreatesNothing() {
        String name = "weak" + UUID.randomUUID().toString().substring(0, 6);
        var response = Http.post(base + "/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"alllowercase-123\"}", admin);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.parse(response.body()).get("field").getStringValue()).isEqualTo("password");
        assertThat(response.body()).contains("upper-case");
        assertThat(Http.post(base + "/api/auth/login", Accounts.credentials(name, "alllowercase-123"), null).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        String name = newUser(Accounts.PASSWORD);
        var wrong = Http.post(base + "/api/auth/login", Accounts.credentials(name, "Wrong-Password-1!"), "");
        var unknown = Http.post(base + "/api/auth/login", Accounts.credentials("nobody-here", "Wrong-Password-1!"), "");
        assertThat(wrong.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
        assertThat(wrong.body()).isEqualTo(unknown.body());
    }

    @Test
    void theSixthFailedLoginOfAnAccountWithinAMinuteGets429WithRetryAfter() {
        String name = newUser(Accounts.PASSWORD);
        for (int i = 0; i < 5; i++) {
            var r = Http.send("POST", base + "/api/auth/login", Accounts.credentials(name, "Wrong-Password-1!"),
                    Map.of("X-Test", "x"));
            assertThat(r.statusCode()).isEqualTo(401);
        }
        var blocked = Http.post(base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD), null);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(blocked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
    }

    @Test
    void aBrowserThatLoggedInBeforeKeepsItsOwnAllowanceWhileTheAccountIsUnderAttack() {
        String name = newUser(Accounts.PASSWORD);
        var first = Http.post(base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD), null);
        assertThat(first.statusCode()).isEqualTo(200);
        String device = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("AURA_DEVICE="))
                .findFirst().orElseThrow().split(";")[0];
        assertThat(first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("AURA_DEVICE=")).findFirst()
                .orElseThrow()).containsIgnoringCase("HttpOnly").contains("SameSite=Strict");

        for (int i = 0; i < 6; i++) {
            Http.post(base + "/api/auth/login", Accounts.credentials(name, "Wrong-Password-1!"), null);
        }
        assertThat(Http.post(base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD), null).statusCode())
                .as("an unknown browser waits").isEqualTo(429);
        var known = Http.send("POST", base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD),
                Map.of("Cookie", device));
        assertThat(known.statusCode()).as("the owner's browser gets in").isEqualTo(200);
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseRevokesTheSession() {
        String name = newUser(Accounts.PASSWORD);
        var first = Accounts.login(base, name, Accounts.PASSWORD);
        String refresh = first.get("refreshToken").getStringValue();
        var rotated = Http.post(base + "/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String newAccess = Http.parse(rotated.body()).get("accessToken").getStringValue();
        assertThat(status(newAccess)).isEqualTo(200);

        var reuse = Http.post(base + "/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null);
        assertThat(reuse.statusCode()).isEqualTo(401);
        assertThat(status(newAccess)).as("the whole session is revoked").isEqualTo(401);
        assertThat(status(first.get("accessToken").getStringValue())).isEqualTo(401);
    }

    @Test
    void sessionsAreListedAndEndingOneLogsItOut() {
        String name = newUser(Accounts.PASSWORD);
        String a = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        String b = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        var sessions = Http.json(base + "/api/auth/sessions", a);
        assertThat(sessions.size()).isEqualTo(2);
        assertThat(Http.text(sessions)).contains("\"node\":\"auth-box\"", "\"current\":true");
        String other = null;
        for (var s : sessions.values()) if (!s.get("current").getBooleanValue()) other = s.get("id").getStringValue();
        assertThat(Http.delete(base + "/api/auth/sessions/" + other, a).statusCode()).isEqualTo(204);
        assertThat(status(b)).isEqualTo(401);
        assertThat(status(a)).isEqualTo(200);
        assertThat(Http.post(base + "/api/auth/logout", null, a).statusCode()).isEqualTo(204);
        assertThat(status(a)).isEqualTo(401);
    }

    @Test
    void logoutAllEndsEverySessionOfTheCaller() {
        String name = newUser(Accounts.PASSWORD);
        String a = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        String b = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        var r = Http.post(base + "/api/auth/logout-all", null, a);
        assertThat(Http.parse(r.body()).get("ended").getIntValue()).isEqualTo(2);
        assertThat(status(a)).isEqualTo(401);
        assertThat(status(b)).isEqualTo(401);
    }

    @Test
    void totpIsEnrolledConfirmedRequiredAtLoginAndDisabledWithACode() {
        String name = newUser(Accounts.PASSWORD);
        String token = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        var enrol = Http.parse(Http.post(base + "/api/auth/totp/enrol", null, token).body());
        String secret = enrol.get("secret").getStringValue();
        assertThat(enrol.get("uri").getStringValue()).startsWith("otpauth://totp/Aura:" + name);
        assertThat(Http.post(base + "/api/auth/totp/confirm", "{\"code\":\"000000\"}", token).statusCode()).isEqualTo(400);
        String code = Totp.code(secret, Instant.now());
        assertThat(Http.post(base + "/api/auth/totp/confirm", "{\"code\":\"" + code + "\"}", token).statusCode()).isEqualTo(204);

        assertThat(Http.post(base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD), null).statusCode()).isEqualTo(401);
        String withCode = "{\"username\":\"" + name + "\",\"password\":\"" + Accounts.PASSWORD + "\",\"totp\":\"" + Totp.code(secret, Instant.now()) + "\"}";
        assertThat(Http.post(base + "/api/auth/login", withCode, null).statusCode()).isEqualTo(200);

        assertThat(Http.post(base + "/api/auth/totp/disable", "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}", token).statusCode()).isEqualTo(204);
        assertThat(Http.post(base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD), null).statusCode()).isEqualTo(200);
    }

    @Test
    void guessingTheOneTimeCodeOfALoggedInAccountIsThrottledLikeALogin() {
        String name = newUser(Accounts.PASSWORD);
        String token = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        String secret = Http.parse(Http.post(base + "/api/auth/totp/enrol", null, token).body()).get("secret").getStringValue();
        Http.post(base + "/api/auth/totp/confirm", "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}", token);
        for (int i = 0; i < 5; i++) {
            assertThat(Http.post(base + "/api/auth/totp/disable", "{\"code\":\"000000\"}", token).statusCode()).isEqualTo(400);
        }
        var paused = Http.post(base + "/api/auth/totp/disable", "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}", token);
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void anAdminDisablesAUserWhoIsLoggedOutEverywhereAndCannotLogIn() {
        String name = newUser(Accounts.PASSWORD);
        String userToken = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        var disabled = Http.post(base + "/api/admin/users/" + name + "/disabled", "{\"disabled\":true}", admin);
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(status(userToken)).isEqualTo(401);
        assertThat(Http.post(base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD), null).statusCode()).isEqualTo(401);
        assertThat(Http.text(Http.json(base + "/api/admin/users", admin))).contains("\"username\":\"" + name + "\",\"admin\":false,\"disabled\":true");
        Http.post(base + "/api/admin/users/" + name + "/disabled", "{\"disabled\":false}", admin);
        assertThat(Http.post(base + "/api/auth/login", Accounts.credentials(name, Accounts.PASSWORD), null).statusCode()).isEqualTo(200);
        assertThat(Http.post(base + "/api/admin/users/" + name + "/disabled", "{\"disabled\":true}", userToken).statusCode()).isEqualTo(401);
    }

    @Test
    void anAdminResetsAPasswordWhichEndsTheUsersSessions() {
        String name = newUser(Accounts.PASSWORD);
        String userToken = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        var weak = Http.post(base + "/api/admin/users/" + name + "/password", "{\"password\":\"short\"}", admin);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(status(userToken)).as("a refused reset changes nothing").isEqualTo(200);
        assertThat(Http.post(base + "/api/admin/users/" + name + "/password", "{\"password\":\"Another-Horse-7?\"}", admin).statusCode()).isEqualTo(204);
        assertThat(status(userToken)).isEqualTo(401);
        assertThat(Http.post(base + "/api/auth/login", Accounts.credentials(name, "Another-Horse-7?"), null).statusCode()).isEqualTo(200);
        assertThat(Http.post(base + "/api/admin/users/nobody-at-all/password", "{\"password\":\"Another-Horse-7?\"}", admin).statusCode()).isEqualTo(404);
    }

    @Test
    void forgedAndBrokenTokensAreRefused() throws Exception {
        String valid = Accounts.login(base, Accounts.ADMIN, Accounts.PASSWORD).get("accessToken").getStringValue();
        var claims = SignedJWT.parse(valid).getJWTClaimsSet();
        var keys = node.bean(SigningKeys.class).all();
        var key = keys.get(keys.size() - 1);

        String none = new PlainJWT(claims).serialize();
        String hmacWithPublicKey = hmac(claims, key.publicKey(), key.kid());
        var expiredClaims = new JWTClaimsSet.Builder(claims).expirationTime(Date.from(Instant.now().minusSeconds(60))).build();
        String expired = es256(expiredClaims, (ECPrivateKey) KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(key.privateKey())), key.kid());
        var stranger = new ECKeyGenerator(Curve.P_256).keyID("nope").generate();
        String unknownKid = es256(claims, stranger.toECPrivateKey(), "nope");
        String[] parts = valid.split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new JWTClaimsSet.Builder(claims).subject("someone-else").build().toString().getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + payload + "." + parts[2];

        assertThat(status(valid)).isEqualTo(200);
        for (String forged : List.of(none, hmacWithPublicKey, expired, unknownKid, tampered, "not.a.jwt")) {
            assertThat(status(forged)).as(forged).isEqualTo(401);
        }
    }

    @Test
    void theAuditLogRecordsLoginsAndIsForAdminsOnly() {
        String name = newUser(Accounts.PASSWORD);
        Http.post(base + "/api/auth/login", Accounts.credentials(name, "Wrong-Password-1!"), null);
        String user = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        var audit = Http.text(Http.json(base + "/api/admin/audit?limit=100", admin));
        assertThat(audit).contains("\"type\":\"user_created\"", "\"type\":\"login_failed\"", "\"type\":\"login_succeeded\"",
                "\"username\":\"" + name + "\"", "\"node\":\"auth-box\"", "\"clientAddress\":\"127.0.0.1\"");
        assertThat(Http.get(base + "/api/admin/audit", user).statusCode()).isEqualTo(403);
        assertThat(Http.post(base + "/api/admin/users", Accounts.credentials("sneaky", Accounts.PASSWORD), user).statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenSignedWithTheRealKeyIsStillCheckedAgainstItsLifetimeSessionAndAccount() throws Exception {
        String name = newUser(Accounts.PASSWORD);
        String valid = Accounts.login(base, name, Accounts.PASSWORD).get("accessToken").getStringValue();
        var claims = SignedJWT.parse(valid).getJWTClaimsSet();
        var adminClaims = SignedJWT.parse(admin).getJWTClaimsSet();
        var keys = node.bean(SigningKeys.class).all();
        var key = keys.get(keys.size() - 1);
        var privateKey = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(key.privateKey()));

        String noExpiry = es256(new JWTClaimsSet.Builder(claims).expirationTime(null).build(), privateKey, key.kid());
        String notYet = es256(new JWTClaimsSet.Builder(claims).notBeforeTime(Date.from(Instant.now().plusSeconds(3600)))
                .build(), privateKey, key.kid());
        String sessionWithAnotherName = es256(new JWTClaimsSet.Builder(claims).subject(Accounts.ADMIN).build(),
                privateKey, key.kid());
        String sessionWithAnotherUser = es256(new JWTClaimsSet.Builder(claims).subject(Accounts.ADMIN)
                .claim("uid", adminClaims.getStringClaim("uid")).build(), privateKey, key.kid());
        String selfPromoted = es256(new JWTClaimsSet.Builder(claims).claim("roles", List.of("admin", "user")).build(),
                privateKey, key.kid());

        assertThat(status(valid)).isEqualTo(200);
        for (String forged : List.of(noExpiry, notYet, sessionWithAnotherName, sessionWithAnotherUser)) {
            assertThat(status(forged)).as(SignedJWT.parse(forged).getJWTClaimsSet().toString()).isEqualTo(401);
        }
        assertThat(status(selfPromoted)).isEqualTo(200);
        assertThat(Http.json(base + "/api/auth/me", selfPromoted).get("admin").getBooleanValue())
                .as("roles come from the account").isFalse();
        assertThat(Http.get(base + "/api/admin/users", selfPromoted).statusCode()).isEqualTo(403);
    }

    private static String es256(JWTClaimsSet claims, ECPrivateKey key, String kid) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static String hmac(JWTClaimsSet claims, byte[] secret, String kid) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}
