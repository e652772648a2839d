package aura.application.memory;

import aura.application.memory.port.Embedder;
import jakarta.inject.Singleton;

/** Loads the sentence model ahead of the first note or search, off the request path. */
@Singleton
public record PrepareMemory(Embedder embedder) {
    public void prepare() {
        embedder.prepare();
    }
}
