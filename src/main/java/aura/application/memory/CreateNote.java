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
 * computing it again. This node's index has it when this returns; the others hear of it through the mesh. A note
 * nearly identical to one the owner already has (docs/NOTES.md, "No duplicates") is not saved unless asked to be
 * {@code evenIfSimilar}: the answer names that note, so the person can update it instead.
 */
@Singleton
public record CreateNote(Notes notes, Embedder embedder, NoteIndex index, NoteEvents events, MemorySettings settings,
                         Clock clock) {
    /** What saving did. */
    public sealed interface Outcome {
    }

    public record Created(Note note) implements Outcome {
    }

    /** Nothing was saved: the owner's {@code existing} note is nearly the same ({@code cosine} of their embeddings). */
    public record AlreadyNoted(Note existing, double cosine) implements Outcome {
    }

    public Outcome create(Caller caller, NoteDraft draft, boolean evenIfSimilar) {
        var now = clock.instant();
        if (draft.expires().filter(e -> !e.isAfter(now)).isPresent()) {
            throw new InvalidInput("expires", "expires must be in the future");
        }
        var note = new Note(UUID.randomUUID().toString(), caller.userId(), draft.title(), draft.body(),
                draft.tags() == null ? List.of() : draft.tags(), draft.colour().map(NoteColour::named).orElse(null),
                draft.pinned(), draft.expires(), now, now);
        var embedding = embedder.embed(note.text());
        if (!evenIfSimilar) {
            var similar = SimilarNotes.to(note, embedding, index, notes, settings.duplicateCosine(), now);
            if (similar.isPresent()) return new AlreadyNoted(similar.get().note(), similar.get().cosine());
        }
        var stored = new StoredNote(note, embedding);
        notes.add(stored);
        index.putAll(List.of(stored));
        events.announce(note.id());
        return new Created(note);
    }
}
