package aura.application.memory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What an edit changes: each present value replaces the note's; {@code expires} present-but-empty clears it. */
public record NoteChanges(Optional<String> title, Optional<String> body, Optional<List<String>> tags,
                          Optional<String> colour, Optional<Boolean> pinned, Optional<Optional<Instant>> expires) {
}
