package aura.application.memory;

import aura.application.memory.port.Embedder;
import aura.application.memory.port.NoteEvents;
import aura.application.memory.port.NoteIndex;
import aura.application.memory.port.Notes;
import jakarta.inject.Singleton;

import java.util.List;

/** Applies each note change another node announces to this node's index, as it is announced. */
@Singleton
public record FollowNoteChanges(NoteEvents events, Notes notes, NoteIndex index, Embedder embedder) {
    public void follow() {
        events.follow(id -> notes.find(id).map(s -> List.of(s.comparableWith(embedder.model())))
                .ifPresentOrElse(index::putAll, () -> index.remove(id)));
    }
}
