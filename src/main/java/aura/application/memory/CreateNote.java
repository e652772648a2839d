package aura.application.memory;

import aura.application.auth.Caller;
import aura.application.memory.port.Embedder;
import aura.application.memory.port.NoteEvents;
import aura.application.memory.port.NoteIndex;
import aura.application.memory.port.Notes;
import aura.domain.memory.Note;
import aura.domain.memory.NoteColour;
import aura.domain.memory.StoredNote;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Saves a new note with its embedding, computed here once: the other nodes read it from the database instead of
 * computing it again. This node's index has it when this returns; the others hear of it through the mesh.
 */
@Singleton
public record CreateNote(Notes notes, Embedder embedder, NoteIndex index, NoteEvents events, Clock clock) {
    public Note create(Caller caller, NoteDraft draft) {
        var now = clock.instant();
        if (draft.expires().filter(e -> !e.isAfter(now)).isPresent()) {
            throw new InvalidInput("expires", "expires must be in the future");
        }
        var note = new Note(UUID.randomUUID().toString(), caller.userId(), draft.title(), draft.body(),
                draft.tags() == null ? List.of() : draft.tags(), draft.colour().map(NoteColour::named).orElse(null),
                draft.pinned(), draft.expires(), now, now);
        var stored = new StoredNote(note, embedder.embed(note.text()));
        notes.add(stored);
        index.putAll(List.of(stored));
        events.announce(note.id());
        return note;
    }
}
