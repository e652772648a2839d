package aura.domain.memory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankFusionTest {

    @Test
    void anItemInBothRankingsBeatsOneRankedFirstInOnlyOne() {
        var fused = RankFusion.fuse(Map.of("text", List.of("a", "b"), "meaning", List.of("c", "b")), 10);
        assertThat(fused.get(0).id()).isEqualTo("b");
        assertThat(fused.get(0).matchedBy()).containsExactlyInAnyOrder("text", "meaning");
        assertThat(fused.get(0).score()).isCloseTo(2.0 / 62, within(1e-12));
        assertThat(fused.subList(1, 3)).extracting(RankFusion.Fused::id).containsExactly("a", "c");
        assertThat(fused.get(1).matchedBy()).containsExactly("text");
    }

    @Test
    void emptyRankingsFuseToNothingAndTheLimitIsKept() {
        assertThat(RankFusion.fuse(Map.of("text", List.of(), "meaning", List.of()), 5)).isEmpty();
        assertThat(RankFusion.fuse(Map.of("text", List.of("a", "b", "c")), 2)).extracting(RankFusion.Fused::id).containsExactly("a", "b");
    }

    @Test
    void agreesWithTheDefinitionOnRandomRankings() {
        var random = new Random(14);
        for (int round = 0; round < 2000; round++) {
            int universe = 1 + random.nextInt(30);
            Map<String, List<String>> rankings = new LinkedHashMap<>();
            int lists = 1 + random.nextInt(3);
            for (int l = 0; l < lists; l++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < universe; i++) ids.add("n" + i);
                Collections.shuffle(ids, random);
                rankings.put("r" + l, List.copyOf(ids.subList(0, random.nextInt(universe + 1))));
            }
            int limit = 1 + random.nextInt(universe + 5);
            assertThat(RankFusion.fuse(rankings, limit)).as("round %d: %s", round, rankings).isEqualTo(reference(rankings, limit));
        }
    }

    /** Straight from the definition: every id, every ranking, 1 / (60 + rank); sorted; cut. */
    private static List<RankFusion.Fused> reference(Map<String, List<String>> rankings, int limit) {
        Set<String> all = new TreeSet<>();
        rankings.values().forEach(all::addAll);
        List<RankFusion.Fused> out = new ArrayList<>();
        for (String id : all) {
            double score = 0;
            Set<String> by = new HashSet<>();
            for (String name : new TreeSet<>(rankings.keySet())) {
                int rank = rankings.get(name).indexOf(id);
                if (rank >= 0) {
                    score += 1.0 / (60 + rank + 1);
                    by.add(name);
                }
            }
            out.add(new RankFusion.Fused(id, score, Set.copyOf(by)));
        }
        out.sort(Comparator.comparingDouble(RankFusion.Fused::score).reversed().thenComparing(RankFusion.Fused::id));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
