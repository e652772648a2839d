package aura.domain.policy;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer's tier against a hand-labelled set ({@code src/test/resources/policy/complexity-set.tsv}), with the
 * strategic model idle (so 4–7 counts as strategic). Every third request is held out: the rules were written
 * looking at the others. The figures are printed and written to docs/POLICIES.md by hand; the test asserts only
 * that on the held-out part the rules beat always answering the commoner tier.
 */
class ComplexityScorerAccuracyTest {
    record Labelled(Tier tier, String text) {
    }

    static List<Labelled> set() throws IOException {
        List<Labelled> set = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                ComplexityScorerAccuracyTest.class.getResourceAsStream("/policy/complexity-set.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t", 2);
                set.add(new Labelled(Tier.parse(parts[0], "tier"), parts[1]));
            }
        }
        return set;
    }

    static double accuracy(List<Labelled> part, List<String> wrong) {
        var scorer = new ComplexityScorer();
        int right = 0;
        for (Labelled l : part) {
            var score = scorer.score(l.text());
            if (Tier.forScore(score.value(), false) == l.tier()) right++;
            else wrong.add(l.tier().wireName() + " scored " + score.value() + " " + score.reasons() + ": " + l.text());
        }
        return (double) right / part.size();
    }

    @Test
    void onTheHeldOutRequestsTheRulesBeatAlwaysAnsweringTheCommonerTier() throws IOException {
        List<Labelled> all = set();
        List<Labelled> seen = new ArrayList<>();
        List<Labelled> heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) ((i + 1) % 3 == 0 ? heldOut : seen).add(all.get(i));
        List<String> wrongSeen = new ArrayList<>();
        List<String> wrongHeldOut = new ArrayList<>();
        double onSeen = accuracy(seen, wrongSeen);
        double onHeldOut = accuracy(heldOut, wrongHeldOut);
        long strategic = heldOut.stream().filter(l -> l.tier() == Tier.STRATEGIC).count();
        double baseline = Math.max(strategic, heldOut.size() - strategic) / (double) heldOut.size();

        System.out.printf(Locale.ROOT, "complexity tiers: %.1f %% right on %d requests seen while writing the rules, "
                        + "%.1f %% on %d held out (always the commoner tier: %.1f %%)%n", 100 * onSeen, seen.size(),
                100 * onHeldOut, heldOut.size(), 100 * baseline);
        wrongHeldOut.forEach(w -> System.out.println("  held out, wrong: " + w));
        wrongSeen.forEach(w -> System.out.println("  seen, wrong: " + w));

        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(20);
        assertThat(onHeldOut).isGreaterThan(baseline);
    }
}
