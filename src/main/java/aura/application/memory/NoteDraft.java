package aura.application.memory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a person writes on a new note; absent values take the note's defaults. */
public record NoteDraft(String title, String body, List<String> tags, Optional<String> colour, boolean pinned,
                        Optional<Instant> expires) {
}
