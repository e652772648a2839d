package aura.application.memory;

import aura.application.memory.port.IndexQuery;
import aura.application.memory.port.NoteIndex;
import aura.application.memory.port.Notes;
import aura.domain.memory.Embedding;
import aura.domain.memory.Likeness;
import aura.domain.memory.Note;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * The owner's note most like a new one, when one is nearly identical: the same words, or an embedding's cosine at
 * least the threshold with at least half of their distinct words in common. Candidates come from the index (nearest by meaning above the threshold, best by
 * words); the database has the last word on each.
 */
final class SimilarNotes {
    private static final int CANDIDATES = 5;
    private static final double MIN_SHARED_WORDS = 0.5;

    private SimilarNotes() {
    }

    /** An existing note nearly like the new one, and the cosine of their embeddings (0 when not comparable). */
    record Similar(Note note, double cosine) {
    }

    static Optional<Similar> to(Note fresh, Embedding embedding, NoteIndex index, Notes notes, double threshold, Instant now) {
        if (!index.holdsNotesOf(fresh.ownerId())) return Optional.empty();
        String text = fresh.text().length() > SearchNotes.MAX_QUERY ? fresh.text().substring(0, SearchNotes.MAX_QUERY) : fresh.text();
        var hits = index.search(new IndexQuery(fresh.ownerId(), text, embedding.vector(), Optional.empty(), CANDIDATES, now, threshold));
        var ids = new LinkedHashSet<>(hits.byMeaning());
        ids.addAll(hits.byText());
        Similar best = null;
        for (String id : ids) {
            var stored = notes.find(id).filter(s -> s.note().ownedBy(fresh.ownerId()) && !s.note().expiredAt(now));
            if (stored.isEmpty()) continue;
            var e = stored.get().embedding();
            double cosine = e != null && e.model().equals(embedding.model()) && e.dimensions() == embedding.dimensions()
                    ? Likeness.cosine(e.vector(), embedding.vector()) : 0;
            String existing = stored.get().note().text();
            // close in meaning and mostly in words: "page 1" and "page 2" are close in meaning, yet two notes
            boolean alike = Likeness.sameWords(existing, fresh.text())
                    || cosine >= threshold && Likeness.sharedWords(existing, fresh.text()) >= MIN_SHARED_WORDS;
            if (alike && (best == null || cosine > best.cosine())) best = new Similar(stored.get().note(), cosine);
        }
        return Optional.ofNullable(best);
    }
}
