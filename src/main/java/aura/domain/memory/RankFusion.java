package aura.domain.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reciprocal-rank fusion (Cormack, Clarke and Büttcher, 2009): an item's score is the sum over the rankings that
 * hold it of 1 / ({@value #K} + its rank there, from 1). Scores of different retrievers (BM25, cosine) are not
 * comparable, ranks are. Best first; equal scores in the order of their ids, so the result is deterministic.
 */
public final class RankFusion {
    public static final int K = 60;

    private RankFusion() {
    }

    /** One fused item: its score and the names of the rankings that found it. */
    public record Fused(String id, double score, Set<String> matchedBy) {
    }

    /** {@code rankings}: name to ids best first (an id at most once per ranking); at most {@code limit} back. */
    public static List<Fused> fuse(Map<String, List<String>> rankings, int limit) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, Set<String>> matched = new HashMap<>();
        for (var ranking : new TreeMap<>(rankings).entrySet()) {
            List<String> ids = ranking.getValue();
            for (int i = 0; i < ids.size(); i++) {
                scores.merge(ids.get(i), 1.0 / (K + i + 1), Double::sum);
                matched.computeIfAbsent(ids.get(i), id -> new TreeSet<>()).add(ranking.getKey());
            }
        }
        List<Fused> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new Fused(id, score, Set.copyOf(matched.get(id)))));
        fused.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
        return List.copyOf(fused.subList(0, Math.min(limit, fused.size())));
    }
}
