package aura.domain.auth;

import java.time.Duration;

/** How long tokens live: access tokens half an hour, refresh tokens (and so sessions) a week. */
public record Lifetimes(Duration access, Duration refresh) {
    public static final Lifetimes DEFAULT = new Lifetimes(Duration.ofMinutes(30), Duration.ofDays(7));
}
