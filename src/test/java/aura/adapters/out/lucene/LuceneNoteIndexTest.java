package aura.adapters.out.lucene;

import aura.application.memory.port.IndexQuery;
import aura.domain.memory.Embedding;
import aura.domain.memory.Note;
import aura.domain.memory.NoteColour;
import aura.domain.memory.StoredNote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The node's note index: a build's notes become searchable together, and a search by meaning keeps to its asker. */
class LuceneNoteIndexTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final LuceneNoteIndex index = new LuceneNoteIndex();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static StoredNote note(String id, String owner, String body, float... vector) {
        return new StoredNote(new Note(id, owner, id, body, List.of(), NoteColour.YELLOW, false, Optional.empty(), NOW, NOW),
                new Embedding("m", vector));
    }

    private IndexQuery query(String owner, String text, int depth, float... vector) {
        return new IndexQuery(owner, text, vector, Optional.empty(), depth, NOW, 0.3);
    }

    @Test
    void stagedNotesBecomeSearchableTogetherWhenPublished() {
        index.stage(List.of(note("a1", "ann", "boiler service on the 14th", 1, 0, 0)));
        index.stage(List.of(note("a2", "ann", "the boiler code is 3390", 0.9f, 0.1f, 0)));
        assertThat(index.holdsNotesOf("ann")).isFalse();
        assertThat(index.search(query("ann", "boiler", 10, 1, 0, 0)).byText()).isEmpty();

        index.publish();

        assertThat(index.holdsNotesOf("ann")).isTrue();
        assertThat(index.search(query("ann", "boiler", 10, 1, 0, 0)).byText()).containsExactlyInAnyOrder("a1", "a2");
        assertThat(index.search(query("ann", "boiler", 10, 1, 0, 0)).byMeaning()).containsExactly("a1", "a2");
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aSearchByMeaningFindsTheAskersNearestNotesAmongManyCloserOnesOfOthers() {
        List<StoredNote> notes = new ArrayList<>();
        // Bob's notes all lie nearer the question than any of Ann's
        for (int i = 0; i < 2000; i++) notes.add(note("b" + i, "bob", "bob's note " + i, 1, 0.001f * (i % 50), 0.001f * (i / 50)));
        notes.add(note("a-near", "ann", "ann's nearest", 1, 0.5f, 0));
        notes.add(note("a-mid", "ann", "ann's middle", 1, 1, 0));
        notes.add(note("a-far", "ann", "ann's farthest", 1, 1.5f, 0.2f));
        index.stage(notes);
        index.publish();

        assertThat(index.search(query("ann", "nothing shared", 3, 1, 0, 0)).byMeaning()).containsExactly("a-near", "a-mid", "a-far");
        assertThat(index.search(query("bob", "nothing shared", 3, 1, 0, 0)).byMeaning()).hasSize(3).allMatch(id -> id.startsWith("b"));
        assertThat(index.search(query("carol", "nothing shared", 3, 1, 0, 0)).byMeaning()).isEmpty();
    }
}
