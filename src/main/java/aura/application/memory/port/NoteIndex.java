package aura.application.memory.port;

import aura.domain.memory.StoredNote;

import java.util.Collection;

/** This node's search index over every person's notes: by words and by meaning. */
public interface NoteIndex {
    /** Adds or replaces these notes; searchable when this returns. */
    void putAll(Collection<StoredNote> notes);

    /**
     * Adds or replaces these notes as the build at start does, many batches in a row: they become searchable
     * together at the next {@link #publish()} (or the next {@link #putAll}/{@link #remove}), not one by one.
     */
    void stage(Collection<StoredNote> notes);

    /** Makes every staged note searchable. */
    void publish();

    void remove(String noteId);

    /** The owner's unexpired notes (with the tag, if any) best first, once by words and once by meaning. */
    IndexHits search(IndexQuery query);

    int size();

    /** Whether the owner has any note here: a search of nobody's notes need not embed its question. */
    boolean holdsNotesOf(String ownerId);
}
