package aura.adapters.out.lucene;

import aura.application.memory.port.IndexHits;
import aura.application.memory.port.IndexQuery;
import aura.application.memory.port.NoteIndex;
import aura.domain.memory.Note;
import aura.domain.memory.StoredNote;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * This node's index of every person's notes, in memory: words for BM25 (standard tokens, lower case, without the
 * commonest English words) and each note's stored embedding in its owner's own HNSW graph (cosine). It is rebuilt
 * from the database at start, so nothing of it is kept on disk. A search is restricted to one owner's unexpired
 * notes.
 */
@Singleton
public class LuceneNoteIndex implements NoteIndex {
    private static final String ID = "id", OWNER = "owner", TAG = "tag", EXPIRES = "expires", TEXT = "text", VECTOR = "vector";
    private static final CharArraySet STOP_WORDS = new CharArraySet(List.of("a", "an", "and", "are", "as", "at", "be",
            "but", "by", "for", "if", "in", "into", "is", "it", "my", "no", "not", "of", "on", "or", "our", "such", "that",
            "the", "their", "then", "there", "these", "they", "this", "to", "was", "we", "what", "will", "with", "i", "me",
            "you", "your", "do", "does", "did", "have", "has", "had", "can", "so", "about"), true);
    private static final double RAM_BUFFER_MB = 256;
    private final Analyzer analyzer = new StandardAnalyzer(STOP_WORDS);
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneNoteIndex() {
        try {
            // Each refresh writes the buffered notes as a segment, and each segment has HNSW graphs of its own
            // that a search walks and a merge builds again: the build at start stages every note and publishes
            // once, so the index starts as one segment (up to about 130,000 notes in this buffer).
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void putAll(Collection<StoredNote> notes) {
        stage(notes);
        publish();
    }

    @Override
    public void stage(Collection<StoredNote> notes) {
        try {
            for (StoredNote s : notes) writer.updateDocument(new Term(ID, s.note().id()), document(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void publish() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(String noteId) {
        try {
            writer.deleteDocuments(new Term(ID, noteId));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public IndexHits search(IndexQuery q) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query only = filter(q);
                List<String> byText = ids(searcher, words(q.text(), only), q.depth(), 0f);
                // Lucene scores a dot product of unit vectors, their cosine, as (1 + cos) / 2
                float floor = (float) ((1 + q.minCosine()) / 2);
                float[] question = unit(q.vector());
                List<String> byMeaning = question == null ? List.of()
                        : ids(searcher, new KnnFloatVectorQuery(vectorsOf(q.ownerId()), question, q.depth(), only), q.depth(), floor);
                return new IndexHits(byText, byMeaning);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public boolean holdsNotesOf(String ownerId) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(new TermQuery(new Term(OWNER, ownerId))) > 0;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(StoredNote s) {
        Note n = s.note();
        var doc = new Document();
        doc.add(new StringField(ID, n.id(), Field.Store.YES));
        doc.add(new StringField(OWNER, n.ownerId(), Field.Store.NO));
        for (String tag : n.tags()) doc.add(new StringField(TAG, tag, Field.Store.NO));
        doc.add(new LongPoint(EXPIRES, n.expires().map(t -> t.toEpochMilli()).orElse(Long.MAX_VALUE)));
        doc.add(new TextField(TEXT, n.text(), Field.Store.NO));
        // a zero vector has no direction, so no cosine: such a note is found by its words only
        float[] vector = s.embedding() == null ? null : unit(s.embedding().vector());
        if (vector != null) doc.add(new KnnFloatVectorField(vectorsOf(n.ownerId()), vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /**
     * Each person's vectors are a field, so a graph, of their own: a search by meaning walks only the asker's
     * graph. In one graph for everyone, the owner filter would reject most of the notes the walk visits (nine in
     * ten with ten people), and the walk would go that much longer to find enough of the asker's.
     */
    private static String vectorsOf(String ownerId) {
        return VECTOR + ":" + ownerId;
    }

    /**
     * The vector scaled to length 1, so that its dot product with another is their cosine: the graph's build and
     * walk then compute one product per comparison where cosine computes it and both lengths (most of a build's
     * time went there). Null for a zero vector, which has no direction.
     */
    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float x : vector) norm += (double) x * x;
        if (norm == 0) return null;
        float[] unit = new float[vector.length];
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) unit[i] = vector[i] * scale;
        return unit;
    }

    private static Query filter(IndexQuery q) {
        var only = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(OWNER, q.ownerId())), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(EXPIRES, q.now().toEpochMilli() + 1, Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        q.tag().ifPresent(t -> only.add(new TermQuery(new Term(TAG, t)), BooleanClause.Occur.FILTER));
        return only.build();
    }

    /** Any of the query's words; null when it has none worth matching. */
    private Query words(String text, Query only) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) terms.add(term.toString());
            tokens.end();
        }
        if (terms.isEmpty()) return null;
        var anyWord = new BooleanQuery.Builder();
        for (String t : terms) anyWord.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
        return new BooleanQuery.Builder().add(anyWord.build(), BooleanClause.Occur.MUST).add(only, BooleanClause.Occur.FILTER).build();
    }

    private static List<String> ids(IndexSearcher searcher, Query query, int depth, float floor) throws IOException {
        if (query == null) return List.of();
        List<String> ids = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, depth).scoreDocs) {
            if (hit.score >= floor) ids.add(stored.document(hit.doc).get(ID));
        }
        return ids;
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
