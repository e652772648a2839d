package aura.application.memory;

import aura.application.memory.port.Embedder;
import aura.application.memory.port.IndexQuery;
import aura.application.memory.port.NoteIndex;
import aura.domain.memory.Embedding;
import aura.domain.memory.Note;
import aura.domain.memory.NoteColour;
import aura.domain.memory.RankFusion;
import aura.domain.memory.StoredNote;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Memory's speed on this machine ({@code aura-node notes bench}): the model's load and its embedding throughput,
 * the index's build from {@code notes} stored notes (random unit vectors stand in for their stored embeddings, as
 * a start-up build never runs the model), the heap the index then holds, and the latency of a search including
 * the question's embedding, both retrievers and the fusion. Meant for a process of its own: it fills the index it
 * is given with made-up notes.
 */
@Singleton
public record MeasureMemory(Embedder embedder, NoteIndex index) {
    private static final String[] WORDS = ("birthday gift bicycle paint server disk backup insurance recipe soup garden "
            + "tomato meeting invoice holiday flight hotel password network router cabin train ticket doctor dentist "
            + "school homework piano guitar lesson budget rent mortgage car tyre oil battery phone charger laptop "
            + "kernel update deploy release test bug feature design review coffee tea bread cheese milk").split(" ");
    private static final int BATCH = 1000;

    public record Workload(int notes, int owners, int searches, int embeddings) {
        public Workload {
            if (notes < 1) throw new InvalidInput("--notes", "--notes must be at least 1");
            if (owners < 1) throw new InvalidInput("--owners", "--owners must be at least 1");
            if (searches < 1) throw new InvalidInput("--searches", "--searches must be at least 1");
            if (embeddings < 1) throw new InvalidInput("--embeddings", "--embeddings must be at least 1");
        }
    }

    /**
     * {@code buildCpuSeconds}: the building thread's own CPU time, which other work on the machine does not
     * inflate; {@code question…}: the part of each search that embedded its question.
     */
    public record Figures(double modelLoadMillis, double embedMillis, double buildSeconds, double buildCpuSeconds,
                          long indexHeapBytes, double searchP50Millis, double searchP99Millis,
                          double questionP50Millis, double questionP99Millis) {
    }

    public Figures measure(Workload w, Consumer<String> progress) {
        var random = new Random(7);
        long t0 = System.nanoTime();
        embedder.prepare();
        double load = (System.nanoTime() - t0) / 1e6;
        progress.accept(String.format("model loaded in %.0f ms", load));

        for (int i = 0; i < 20; i++) embedder.embed(sentence(random, 12));
        t0 = System.nanoTime();
        for (int i = 0; i < w.embeddings(); i++) embedder.embed(sentence(random, 12));
        double perText = (System.nanoTime() - t0) / 1e6 / w.embeddings();

        var now = Instant.now();
        int dimensions = embedder.embed("dimensions").dimensions();
        // before the made-up notes exist: once built, the index is all that remains of them
        long heapBefore = settledHeap();
        List<StoredNote> notes = new ArrayList<>(w.notes());
        for (int i = 0; i < w.notes(); i++) {
            var note = new Note("n" + i, "owner" + (i % w.owners()), "note " + i, sentence(random, 30), List.of(),
                    NoteColour.YELLOW, false, Optional.empty(), now, now);
            notes.add(new StoredNote(note, new Embedding(embedder.model(), unit(random, dimensions))));
        }
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        for (int i = 0; i < w.notes(); i += BATCH) {
            index.stage(notes.subList(i, Math.min(w.notes(), i + BATCH)));
            if ((i / BATCH) % 10 == 9) progress.accept(String.format("indexed %d notes", i + BATCH));
        }
        index.publish();
        double build = (System.nanoTime() - t0) / 1e9;
        double buildCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        notes = null; // what stays on the heap now is the index's
        long held = settledHeap() - heapBefore;

        double[] millis = new double[w.searches()];
        double[] questions = new double[w.searches()];
        for (int i = -20; i < w.searches(); i++) {
            String q = sentence(random, 5);
            long s = System.nanoTime();
            float[] vector = embedder.embed(q).vector();
            long embedded = System.nanoTime();
            var hits = index.search(new IndexQuery("owner" + random.nextInt(w.owners()), q, vector, Optional.empty(), 20,
                    now, 0.3));
            RankFusion.fuse(Map.of("text", hits.byText(), "meaning", hits.byMeaning()), 10);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - s) / 1e6;
                questions[i] = (embedded - s) / 1e6;
            }
        }
        return new Figures(load, perText, build, buildCpu, held, p50(millis), p99(millis), p50(questions), p99(questions));
    }

    private static double p50(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p99(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }

    private static long settledHeap() {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String sentence(Random random, int words) {
        var b = new StringBuilder();
        for (int i = 0; i < words; i++) b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return b.toString();
    }

    private static float[] unit(Random random, int dimensions) {
        float[] v = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }
}
