package aura.application.memory;

import aura.application.auth.Caller;
import aura.application.memory.port.NoteEvents;
import aura.application.memory.port.NoteIndex;
import aura.application.memory.port.Notes;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Deletes a note of the caller's, from the database and from every node's index. */
@Singleton
public record DeleteNote(Notes notes, NoteIndex index, NoteEvents events, Clock clock) {
    public void delete(Caller caller, String id) {
        var now = clock.instant();
        OwnedNotes.find(notes, caller, id, now);
        notes.delete(id, now);
        index.remove(id);
        events.announce(id);
    }
}
