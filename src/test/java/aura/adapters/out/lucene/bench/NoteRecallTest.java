package aura.adapters.out.lucene.bench;

import aura.adapters.out.lucene.LuceneNoteIndex;
import aura.adapters.out.onnx.OnnxSentenceEmbedder;
import aura.application.memory.port.IndexQuery;
import aura.domain.memory.Likeness;
import aura.domain.memory.Note;
import aura.domain.memory.NoteColour;
import aura.domain.memory.RankFusion;
import aura.domain.memory.StoredNote;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retrieval quality on a labelled set (src/test/resources/memory/recall-set.tsv: notes, each with a paraphrased
 * question that shares few of its words): recall@3 by words alone (BM25), by meaning alone (the model's cosine,
 * above the production floor of 0.3) and hybrid (both fused by reciprocal rank, as SearchNotes does). The figures
 * go to target/benchmarks/note-recall.txt and docs/BENCHMARKS.md ("Memory: retrieval quality").
 */
class NoteRecallTest {
    private static final String OWNER = "owner";
    private static final int K = 3;
    /** What SearchNotes asks of each retriever for k = 3: max(2k, 20). */
    private static final int DEPTH = 20;
    private static final double FLOOR = 0.3;

    record Labelled(Note note, String question) {
    }

    static List<Labelled> labelledSet() throws IOException {
        List<Labelled> set = new ArrayList<>();
        var now = Instant.parse("2026-12-01T00:00:00Z");
        try (InputStream in = NoteRecallTest.class.getResourceAsStream("/memory/recall-set.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 3) throw new IllegalStateException("three columns expected: " + line);
                var note = new Note("n" + set.size(), OWNER, cols[0], cols[1], List.of(), NoteColour.YELLOW, false,
                        Optional.empty(), now, now);
                set.add(new Labelled(note, cols[2]));
            }
        }
        return set;
    }

    @Test
    void hybridSearchFindsNotesFromQuestionsThatShareFewOfTheirWordsBetterThanWordsAlone() throws IOException {
        var set = labelledSet();
        var embedder = new OnnxSentenceEmbedder();
        var index = new LuceneNoteIndex();
        index.putAll(set.stream().map(l -> new StoredNote(l.note(), embedder.embed(l.note().text()))).toList());
        var now = Instant.parse("2026-12-01T00:00:00Z");

        int byText = 0, byMeaning = 0, hybrid = 0;
        double shared = 0;
        List<String> missed = new ArrayList<>();
        for (var l : set) {
            String id = l.note().id();
            var hits = index.search(new IndexQuery(OWNER, l.question(), embedder.embed(l.question()).vector(),
                    Optional.empty(), DEPTH, now, FLOOR));
            if (hits.byText().stream().limit(K).anyMatch(id::equals)) byText++;
            if (hits.byMeaning().stream().limit(K).anyMatch(id::equals)) byMeaning++;
            var fused = RankFusion.fuse(Map.of("text", hits.byText(), "meaning", hits.byMeaning()), K);
            if (fused.stream().anyMatch(f -> f.id().equals(id))) hybrid++;
            else missed.add(l.question());
            shared += Likeness.sharedWords(l.note().text(), l.question());
        }
        int n = set.size();
        String report = String.format("recall@%d over %d labelled notes (questions share %.0f%% of distinct words with "
                        + "their note on average): words %.2f, meaning %.2f, hybrid %.2f%nhybrid missed: %s%n",
                K, n, 100 * shared / n, (double) byText / n, (double) byMeaning / n, (double) hybrid / n, missed);
        System.out.print(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "note-recall.txt"), report);

        assertThat(n).isGreaterThanOrEqualTo(40);
        assertThat(hybrid).as(report).isGreaterThan(byText);
        assertThat((double) hybrid / n).as(report).isGreaterThanOrEqualTo(0.8);
    }
}
