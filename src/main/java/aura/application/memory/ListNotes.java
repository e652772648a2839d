package aura.application.memory;

import aura.application.auth.Caller;
import aura.application.memory.port.NotePage;
import aura.application.memory.port.Notes;
import aura.domain.memory.Note;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The caller's unexpired notes, newest first, a page at a time: the next page is the one {@code before} the last
 * note of this one.
 */
@Singleton
public record ListNotes(Notes notes, Clock clock) {
    public static final int MAX_LIMIT = 100;

    public List<Note> list(Caller caller, Optional<String> tag, int limit, Optional<String> before) {
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidInput("limit", "limit must be between 1 and " + MAX_LIMIT);
        var now = clock.instant();
        Optional<NotePage.Cursor> cursor = before.map(id -> notes.find(id)
                .filter(s -> s.note().ownedBy(caller.userId()))
                .map(s -> new NotePage.Cursor(s.note().created(), id))
                .orElseThrow(() -> new InvalidInput("before", "before names no note of yours")));
        return notes.page(new NotePage(caller.userId(), tag, limit, cursor, now));
    }
}
