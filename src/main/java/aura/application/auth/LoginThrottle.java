package aura.application.auth;

import java.time.Duration;
import java.util.Optional;

/** Counts failed logins per account and per client address across the mesh. */
public interface LoginThrottle {
    /** How long logins stay paused for this account or address; empty when they are allowed. */
    Optional<Duration> blockedFor(String account, String address);

    void failed(String account, String address);

    void succeeded(String account);
}
