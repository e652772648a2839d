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

/** Changes a note of the caller's; its embedding is computed again only when its text changed. */
@Singleton
public record EditNote(Notes notes, Embedder embedder, NoteIndex index, NoteEvents events, Clock clock) {
    public Note edit(Caller caller, String id, NoteChanges changes) {
        var now = clock.instant();
        if (changes.expires().flatMap(e -> e).filter(e -> !e.isAfter(now)).isPresent()) {
            throw new InvalidInput("expires", "expires must be in the future");
        }
        var before = OwnedNotes.find(notes, caller, id, now);
        Note old = before.note();
        var note = new Note(id, old.ownerId(), changes.title().orElse(old.title()), changes.body().orElse(old.body()),
                changes.tags().orElse(old.tags()), changes.colour().map(NoteColour::named).orElse(old.colour()),
                changes.pinned().orElse(old.pinned()), changes.expires().orElse(old.expires()), old.created(), now);
        var embedding = note.text().equals(old.text()) && before.embedding().model().equals(embedder.model())
                ? before.embedding() : embedder.embed(note.text());
        var stored = new StoredNote(note, embedding);
        notes.replace(stored);
        index.putAll(List.of(stored));
        events.announce(id);
        return note;
    }
}
