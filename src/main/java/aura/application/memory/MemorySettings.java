package aura.application.memory;

/**
 * How memory searches: a note counts as matching by meaning when its cosine with the question is at least
 * {@code minCosine}; chat takes at most {@code contextNotes} found notes, and at most {@code pinnedNotes} pinned ones;
 * a new note whose cosine with one of the owner's is at least {@code duplicateCosine} is offered as an update of it.
 */
public record MemorySettings(double minCosine, int contextNotes, int pinnedNotes, double duplicateCosine) {
    public MemorySettings {
        if (duplicateCosine < 0 || duplicateCosine > 1) throw new IllegalArgumentException("duplicate cosine lies in [0, 1]");
        if (minCosine < -1 || minCosine > 1) throw new IllegalArgumentException("a cosine lies in [-1, 1]");
        if (contextNotes < 0 || contextNotes > SearchNotes.MAX_K) throw new IllegalArgumentException("context notes: 0.." + SearchNotes.MAX_K);
        if (pinnedNotes < 0) throw new IllegalArgumentException("pinned notes: at least 0");
    }
}
