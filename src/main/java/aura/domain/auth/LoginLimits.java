package aura.domain.auth;

import java.time.Duration;

/** Brute-force limits: failed logins counted per account and per client address over a sliding minute. */
public record LoginLimits(int perAccount, int perAddress, Duration window) {
    public static final LoginLimits DEFAULT = new LoginLimits(5, 20, Duration.ofMinutes(1));
}
