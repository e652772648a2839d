package aura.application.memory.port;

import aura.domain.memory.Note;
import aura.domain.memory.StoredNote;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The notes of every person, in the node's database (the mesh's shared Postgres), with their embeddings. */
public interface Notes {
    void add(StoredNote note);

    /** Overwrites the note of the same id (never a deleted one). */
    void replace(StoredNote note);

    /** The note unless it was deleted. */
    Optional<StoredNote> find(String id);

    /** The live notes among {@code ids}, in no particular order. */
    List<Note> withIds(Collection<String> ids);

    /** One page of an owner's unexpired notes, newest first. */
    List<Note> page(NotePage page);

    /** The owner's unexpired pinned notes, newest first, at most {@code limit}. */
    List<Note> pinned(String ownerId, Instant now, int limit);

    /** Deletes the note; its row stays as a tombstone so every node's index learns of it. */
    void delete(String id, Instant at);

    /** Up to {@code size} live notes with ids after {@code afterId} (empty: from the start), in id order. */
    List<StoredNote> batchAfter(String afterId, int size);

    /** Every note saved or deleted at or after {@code since}. */
    List<NoteChange> changedSince(Instant since);
}
