package aura.application.memory;

import aura.application.memory.port.Embedder;
import aura.application.memory.port.NoteChange;
import aura.application.memory.port.NoteIndex;
import aura.application.memory.port.Notes;
import aura.domain.memory.StoredNote;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps this node's index equal to the database. The first run builds it from the stored notes and embeddings
 * (no model needed), all made searchable together at its end; each later run reads what changed since the previous run began, less a minute — for
 * transactions that committed late and for clocks of the mesh that differ a little — so a change whose mesh event
 * this node missed still arrives. Applying a change twice is harmless.
 */
@Singleton
public class KeepNoteIndexCurrent {
    static final Duration SLACK = Duration.ofMinutes(1);
    private static final int BATCH = 1000;
    private final Notes notes;
    private final NoteIndex index;
    private final Embedder embedder;
    private final Clock clock;
    private Instant since;

    public KeepNoteIndexCurrent(Notes notes, NoteIndex index, Embedder embedder, Clock clock) {
        this.notes = notes;
        this.index = index;
        this.embedder = embedder;
        this.clock = clock;
    }

    /** How many notes were put in or taken out of the index. */
    public synchronized int catchUp() {
        Instant started = clock.instant();
        int applied = since == null ? build() : apply(notes.changedSince(since.minus(SLACK)));
        since = started;
        return applied;
    }

    private int build() {
        int count = 0;
        String after = "";
        for (List<StoredNote> batch = notes.batchAfter(after, BATCH); !batch.isEmpty(); batch = notes.batchAfter(after, BATCH)) {
            index.stage(batch.stream().map(this::comparable).toList());
            count += batch.size();
            after = batch.get(batch.size() - 1).note().id();
        }
        index.publish();
        return count;
    }

    private int apply(List<NoteChange> changes) {
        for (NoteChange change : changes) {
            if (change.stored().isPresent()) index.putAll(List.of(comparable(change.stored().get())));
            else index.remove(change.id());
        }
        return changes.size();
    }

    private StoredNote comparable(StoredNote s) {
        return s.comparableWith(embedder.model());
    }
}
