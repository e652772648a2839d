package aura.application.memory;

import aura.application.auth.Caller;
import aura.application.memory.port.Notes;
import aura.domain.memory.Note;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One note of the caller's. */
@Singleton
public record OpenNote(Notes notes, Clock clock) {
    public Note open(Caller caller, String id) {
        return OwnedNotes.find(notes, caller, id, clock.instant()).note();
    }
}
