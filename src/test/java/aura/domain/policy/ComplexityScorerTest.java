package aura.domain.policy;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The complexity rule's parts, and the seed's mapping of scores to tiers. */
class ComplexityScorerTest {
    final ComplexityScorer scorer = new ComplexityScorer();

    @Test
    void aChoreScoresLowAndAnAnalysisHigh() {
        assertThat(scorer.score("List my notes").value()).isLessThanOrEqualTo(3);
        assertThat(scorer.score("Analyse our strategy for the next year and explain why it should change").value())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void lengthCodeAndReasoningEachAddPointsWithTheirReason() {
        int plain = scorer.score("Tell me about it").value();
        assertThat(scorer.score("Tell me about it " + "and more ".repeat(30)).value()).isGreaterThan(plain);
        var code = scorer.score("Tell me about it: ```int x = f(y);```");
        assertThat(code.value()).isEqualTo(plain + 2);
        assertThat(code.reasons()).contains("+2 code");
        assertThat(scorer.score("Tell me about it and why").reasons()).contains("+2 asks for reasoning");
    }

    @Test
    void anyTextScoresBetweenZeroAndTen() {
        Random random = new Random(18);
        String[] words = {"analyse", "list", "why", "```", "Paris", "42", "plan", "create", "and", "x(y)", "strategy",
                "because", "design", "\"name\"", "\n", "{", ";"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(400); w > 0; w--) text.append(words[random.nextInt(words.length)]).append(' ');
            assertThat(scorer.score(text.toString()).value()).isBetween(0, 10);
        }
        assertThat(scorer.score("").value()).isBetween(0, 10);
        assertThat(scorer.score(null).value()).isBetween(0, 10);
    }

    @Test
    void zeroToThreeIsExecutionEightToTenStrategicAndTheMiddleFollowsTheLoad() {
        for (int s = 0; s <= 3; s++) assertThat(Tier.forScore(s, false)).isEqualTo(Tier.EXECUTION);
        for (int s = 8; s <= 10; s++) assertThat(Tier.forScore(s, true)).isEqualTo(Tier.STRATEGIC);
        for (int s = 4; s <= 7; s++) {
            assertThat(Tier.forScore(s, false)).isEqualTo(Tier.STRATEGIC);
            assertThat(Tier.forScore(s, true)).isEqualTo(Tier.EXECUTION);
        }
        assertThatThrownBy(() -> Tier.forScore(11, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
