package aura.application.memory;

import aura.application.auth.Caller;
import aura.application.memory.port.Embedder;
import aura.application.memory.port.IndexQuery;
import aura.application.memory.port.NoteIndex;
import aura.application.memory.port.Notes;
import aura.domain.memory.Note;
import aura.domain.memory.RankFusion;
import aura.domain.memory.Snippet;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches the caller's notes by their words (BM25) and by their meaning (the question's embedding against the
 * notes'), and fuses both rankings by reciprocal rank: a note found both ways ranks above one found either way.
 */
@Singleton
public record SearchNotes(NoteIndex index, Notes notes, Embedder embedder, MemorySettings settings, Clock clock) {
    public static final int MAX_K = 100;
    public static final int MAX_QUERY = 2000;
    private static final int SNIPPET = 160;

    public List<NoteHit> search(Caller caller, String text, int k, Optional<String> tag) {
        if (text == null || text.isBlank()) throw new InvalidInput("q", "q must not be empty");
        if (text.length() > MAX_QUERY) throw new InvalidInput("q", "q is at most " + MAX_QUERY + " characters");
        if (k < 1 || k > MAX_K) throw new InvalidInput("k", "k must be between 1 and " + MAX_K);
        // a person without notes (most chat questions on a fresh mesh) costs no embedding, nor the model's loading
        if (!index.holdsNotesOf(caller.userId())) return List.of();
        var now = clock.instant();
        // Each retriever looks deeper than k so that fusion can lift a note both found fairly well.
        int depth = Math.min(MAX_K, Math.max(2 * k, 20));
        var hits = index.search(new IndexQuery(caller.userId(), text, embedder.embed(text).vector(), tag, depth, now,
                settings.minCosine()));
        var fused = RankFusion.fuse(Map.of("text", hits.byText(), "meaning", hits.byMeaning()), k);
        Map<String, Note> found = notes.withIds(fused.stream().map(RankFusion.Fused::id).toList()).stream()
                .collect(Collectors.toMap(Note::id, Function.identity()));
        List<NoteHit> results = new ArrayList<>();
        for (var f : fused) {
            Note note = found.get(f.id());
            // the index may briefly hold a note deleted or changed a moment ago: the database has the last word
            if (note == null || !note.ownedBy(caller.userId()) || note.expiredAt(now)) continue;
            results.add(new NoteHit(note, f.score(), f.matchedBy(), Snippet.of(note.text(), text, SNIPPET)));
        }
        return results;
    }
}
