package aura.application.memory.port;

import aura.domain.memory.StoredNote;

import java.util.Collection;

/** This node's search index over every person's notes: by words and by meaning. */
public interface NoteIndex {
    /** Adds or replaces these notes; searchable when this returns. */
    void putAll(Collection<StoredNote> notes);

    void remove(String noteId);

    /** The owner's unexpired notes (with the tag, if any) best first, once by words and once by meaning. */
    IndexHits search(IndexQuery query);

    int size();

    /** Whether the owner has any note here: a search of nobody's notes need not embed its question. */
    boolean holdsNotesOf(String ownerId);
}
