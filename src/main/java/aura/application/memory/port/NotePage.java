package aura.application.memory.port;

import java.time.Instant;
import java.util.Optional;

/** Which notes a list shows: {@code ownerId}'s, with {@code tag} if given, older than {@code before}, at most {@code limit}. */
public record NotePage(String ownerId, Optional<String> tag, int limit, Optional<Cursor> before, Instant now) {
    /** A note's place in the newest-first order. */
    public record Cursor(Instant created, String id) {
    }
}
