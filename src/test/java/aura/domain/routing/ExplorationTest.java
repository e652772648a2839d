package aura.domain.routing;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExplorationTest {
    private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

    private static Candidate candidate(String node, double seconds, boolean measured, String reason) {
        return new Candidate(new Estimate(node, seconds, seconds, 0, 0, 0, measured ? 25 : 6, measured), reason);
    }

    private static RoutingDecision decision() {
        return new RoutingDecision("m", Optional.of("slow"), List.of(candidate("slow", 2, true, null),
                candidate("fast", 8, false, "slower")), List.of());
    }

    @Test
    void anIdleUnmeasuredCandidateGetsOneGenerationAndTheRouterChoiceIsNextInLine() {
        var explored = new Exploration().apply(decision(), Map.of(), T);
        assertThat(explored.chosen()).contains("fast");
        assertThat(explored.candidates()).extracting(Candidate::node).containsExactly("fast", "slow");
        assertThat(explored.candidates().get(1).reasonLost()).startsWith("exploring: fast");
    }

    @Test
    void itIsTriedOncePerRetryPeriodAndNotWhileBusy() {
        var exploration = new Exploration();
        exploration.apply(decision(), Map.of(), T);
        assertThat(exploration.apply(decision(), Map.of(), T.plusSeconds(10)).chosen()).contains("slow");
        assertThat(exploration.apply(decision(), Map.of(), T.plus(Exploration.RETRY)).chosen()).contains("fast");
        assertThat(new Exploration().apply(decision(), Map.of("fast", 1), T).chosen()).contains("slow");
    }

    @Test
    void whenTheBestIsItselfUnmeasuredTheRouterAlreadyExplores() {
        var d = new RoutingDecision("m", Optional.of("a"), List.of(candidate("a", 8, false, null),
                candidate("b", 8.1, false, "near-tie")), List.of());
        assertThat(new Exploration().apply(d, Map.of(), T)).isSameAs(d);
    }
}
