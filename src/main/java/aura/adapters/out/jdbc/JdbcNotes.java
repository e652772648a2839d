package aura.adapters.out.jdbc;

import aura.application.memory.port.NoteChange;
import aura.application.memory.port.NotePage;
import aura.application.memory.port.Notes;
import aura.domain.memory.Embedding;
import aura.domain.memory.Note;
import aura.domain.memory.NoteColour;
import aura.domain.memory.StoredNote;
import jakarta.inject.Singleton;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Notes in the node's database (the mesh's shared Postgres), each with its embedding. */
@Singleton
@DatabaseOutages
public class JdbcNotes implements Notes {
    /** Later than any note's creation: the cursor of the first page. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");
    private final NoteRows rows;

    public JdbcNotes(NoteRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(StoredNote note) {
        rows.save(row(note));
    }

    @Override
    public void replace(StoredNote note) {
        rows.update(row(note));
    }

    @Override
    public Optional<StoredNote> find(String id) {
        return rows.findById(id).filter(r -> !r.deleted()).map(JdbcNotes::stored);
    }

    @Override
    public List<Note> withIds(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return rows.findByIdInAndDeletedFalse(ids).stream().map(JdbcNotes::note).toList();
    }

    @Override
    public List<Note> page(NotePage page) {
        String pattern = page.tag().map(t -> "%," + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ",%")
                .orElse("%");
        var before = page.before().orElse(new NotePage.Cursor(END_OF_TIME, ""));
        return rows.page(page.ownerId(), pattern, page.now(), before.created(), before.id(), page.limit()).stream()
                .map(JdbcNotes::note).toList();
    }

    @Override
    public List<Note> pinned(String ownerId, Instant now, int limit) {
        return rows.pinned(ownerId, now, limit).stream().map(JdbcNotes::note).toList();
    }

    @Override
    public void delete(String id, Instant at) {
        rows.tombstone(id, at);
    }

    @Override
    public List<StoredNote> batchAfter(String afterId, int size) {
        return rows.batchAfter(afterId, size).stream().map(JdbcNotes::stored).toList();
    }

    @Override
    public List<NoteChange> changedSince(Instant since) {
        return rows.findByChangedGreaterThanEquals(since).stream()
                .map(r -> new NoteChange(r.id(), r.deleted() ? Optional.empty() : Optional.of(stored(r)))).toList();
    }

    private static NoteRow row(StoredNote s) {
        Note n = s.note();
        Embedding e = s.embedding();
        return new NoteRow(n.id(), n.ownerId(), n.title(), n.body(), n.tags().isEmpty() ? "" : "," + String.join(",", n.tags()) + ",",
                n.colour().wireName(), n.pinned(), n.expires().orElse(null), n.created(), n.updated(), n.updated(), false,
                e == null ? null : bytes(e.vector()), e == null ? null : e.model());
    }

    private static Note note(NoteRow r) {
        List<String> tags = r.tags().isEmpty() ? List.of() : Arrays.asList(r.tags().substring(1, r.tags().length() - 1).split(","));
        return new Note(r.id(), r.ownerId(), r.title(), r.body(), tags, NoteColour.named(r.colour()), r.pinned(),
                Optional.ofNullable(r.expires()), r.created(), r.updated());
    }

    private static StoredNote stored(NoteRow r) {
        Embedding e = r.embedding() == null || r.embeddingModel() == null ? null : new Embedding(r.embeddingModel(), floats(r.embedding()));
        return new StoredNote(note(r), e);
    }

    private static byte[] bytes(float[] vector) {
        var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
