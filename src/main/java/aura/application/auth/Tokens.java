package aura.application.auth;

/** What a login or refresh hands out: a 30-minute access token and a one-use refresh token. */
public record Tokens(String accessToken, String refreshToken, long expiresIn, String sessionId) {
}
