package aura.application.memory.port;

import aura.domain.memory.StoredNote;

import java.util.Optional;

/** A note that was saved ({@code stored} present) or deleted (empty). */
public record NoteChange(String id, Optional<StoredNote> stored) {
}
