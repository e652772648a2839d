package aura.adapters.out.lucene.bench;

import aura.adapters.out.lucene.LuceneNoteIndex;
import aura.adapters.out.onnx.OnnxSentenceEmbedder;
import aura.application.memory.port.IndexQuery;
import aura.domain.memory.Embedding;
import aura.domain.memory.Note;
import aura.domain.memory.NoteColour;
import aura.domain.memory.RankFusion;
import aura.domain.memory.StoredNote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Memory's speed (docs/BENCHMARKS.md, Memory): embedding throughput of the in-process model; building the index
 * from N stored notes (random unit vectors stand in for stored embeddings: building never runs the model); the
 * heap the index holds; and search latency including the question's embedding and the fusion.
 * Arguments: notes (default 100000), owners (default 10), searches (default 300).
 */
public final class NoteSearchBench {
    private static final String[] WORDS = ("birthday gift bicycle paint server disk backup insurance recipe soup garden "
            + "tomato meeting invoice holiday flight hotel password network router cabin train ticket doctor dentist "
            + "school homework piano guitar lesson budget rent mortgage car tyre oil battery phone charger laptop "
            + "kernel update deploy release test bug feature design review coffee tea bread cheese milk").split(" ");

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int owners = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int searches = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        var random = new Random(7);
        var embedder = new OnnxSentenceEmbedder();
        long t0 = System.nanoTime();
        embedder.prepare();
        System.out.printf("model load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        int sample = 300;
        t0 = System.nanoTime();
        for (int i = 0; i < sample; i++) embedder.embed(sentence(random, 12));
        double perText = (System.nanoTime() - t0) / 1e6 / sample;
        System.out.printf("embedding: %.1f ms per 12-word text, %.0f texts/s (one thread)%n", perText, 1000 / perText);

        var now = Instant.now();
        // before the made-up notes exist: once built, the index is all that remains of them
        System.gc();
        long heapBefore = usedHeap();
        List<StoredNote> notes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            var note = new Note("n" + i, "owner" + (i % owners), "note " + i, sentence(random, 30), List.of(),
                    NoteColour.YELLOW, false, Optional.empty(), now, now);
            notes.add(new StoredNote(note, new Embedding(embedder.model(), unit(random))));
        }
        var index = new LuceneNoteIndex();
        t0 = System.nanoTime();
        for (int i = 0; i < n; i += 1000) index.putAll(notes.subList(i, Math.min(n, i + 1000)));
        double buildS = (System.nanoTime() - t0) / 1e9;
        notes = null;
        System.gc();
        System.out.printf("index build: %d notes in %.1f s (%.0f notes/s); heap held by the index about %d MB%n",
                n, buildS, n / buildS, (usedHeap() - heapBefore) / (1024 * 1024));

        double[] millis = new double[searches];
        for (int i = -20; i < searches; i++) {
            String q = sentence(random, 5);
            long s = System.nanoTime();
            float[] vector = embedder.embed(q).vector();
            var hits = index.search(new IndexQuery("owner" + random.nextInt(owners), q, vector, Optional.empty(), 20, now, 0.3));
            RankFusion.fuse(Map.of("text", hits.byText(), "meaning", hits.byMeaning()), 10);
            if (i >= 0) millis[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("search (embedding + BM25 + HNSW + fusion, k=10): p50 %.1f ms, p99 %.1f ms over %d searches%n",
                millis[searches / 2], millis[(int) Math.ceil(searches * 0.99) - 1], searches);
    }

    private static String sentence(Random random, int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return text.toString();
    }

    private static float[] unit(Random random) {
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }

    private static long usedHeap() {
        var rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
