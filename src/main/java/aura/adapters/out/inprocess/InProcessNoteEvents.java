package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.memory.port.NoteEvents;
import jakarta.inject.Singleton;

import java.util.function.Consumer;

/** A solo node is the only one with an index, and it updates its own as it saves: nobody to tell. */
@Singleton
@SoloMode
public class InProcessNoteEvents implements NoteEvents {
    @Override
    public void announce(String noteId) {
        // no other node
    }

    @Override
    public void follow(Consumer<String> onChange) {
        // no other node announces anything
    }
}
