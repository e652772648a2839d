package aura.application.memory.port;

import aura.domain.memory.Embedding;

/** A sentence-embedding model running in this node's process. */
public interface Embedder {
    Embedding embed(String text);

    /** The name stored beside every embedding it computes. */
    String model();

    /** Loads the model now, so the first search does not wait for it. */
    void prepare();
}
