package aura.application.memory.port;

import java.util.function.Consumer;

/** Tells the other nodes of the mesh that a note changed, so their indexes follow within a second. */
public interface NoteEvents {
    void announce(String noteId);

    /** Calls {@code onChange} with the id of every note another node announces, from now on. */
    void follow(Consumer<String> onChange);
}
