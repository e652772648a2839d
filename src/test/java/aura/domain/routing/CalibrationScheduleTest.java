package aura.domain.routing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalibrationScheduleTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final CalibrationSchedule schedule = new CalibrationSchedule(Duration.ofMinutes(10));

    @Test
    void aFreshNodeMeasuresEveryLoadedModelAtOnce() {
        assertThat(schedule.due(List.of("qwen2.5:7b", "llama3:8b"), Map.of(), 0, 0, NOW))
                .containsExactly("llama3:8b", "qwen2.5:7b");
    }

    @Test
    void nothingIsMeasuredWhileAPersonsRequestWaitsForASlot() {
        assertThat(schedule.due(List.of("llama3:8b"), Map.of(), 0, 1, NOW)).isEmpty();
    }

    @Test
    void aModelThatAppearsIsMeasuredEvenWhileOthersGenerate() {
        var last = Map.of("llama3:8b", NOW.minusSeconds(5));
        assertThat(schedule.due(List.of("llama3:8b", "phi3:3.8b"), last, 2, 0, NOW)).containsExactly("phi3:3.8b");
    }

    @Test
    void aStaleMeasurementIsRefreshedOnlyWhenTheNodeIsIdle() {
        var last = Map.of("llama3:8b", NOW.minus(Duration.ofMinutes(10)));
        assertThat(schedule.due(List.of("llama3:8b"), last, 0, 0, NOW)).containsExactly("llama3:8b");
        assertThat(schedule.due(List.of("llama3:8b"), last, 1, 0, NOW)).isEmpty();
        assertThat(schedule.due(List.of("llama3:8b"), last, 0, 0, NOW.minusSeconds(1))).isEmpty();
    }

    @Test
    void aModelNoLongerLoadedIsNotMeasured() {
        assertThat(schedule.due(List.of(), Map.of("llama3:8b", NOW.minus(Duration.ofDays(1))), 0, 0, NOW)).isEmpty();
    }

    @Test
    void agreesWithTheRulesStatedOneByOneOverManyRandomNodes() {
        SplittableRandom rng = new SplittableRandom(7);
        String[] names = {"a:1b", "b:7b", "c:8b", "d:70b", "e", "f:0.5b"};
        for (int round = 0; round < 20_000; round++) {
            List<String> loaded = new ArrayList<>();
            Map<String, Instant> last = new HashMap<>();
            for (String name : names) {
                if (rng.nextInt(3) > 0) loaded.add(name);
                if (rng.nextBoolean()) last.put(name, NOW.minusSeconds(rng.nextInt(1200)));
            }
            int active = rng.nextInt(3) == 0 ? rng.nextInt(4) : 0;
            int queued = rng.nextInt(4) == 0 ? rng.nextInt(3) : 0;
            List<String> expected = new ArrayList<>();
            for (String name : names) {
                if (!loaded.contains(name) || queued > 0) continue;
                boolean never = !last.containsKey(name);
                boolean stale = last.containsKey(name) && Duration.between(last.get(name), NOW).toSeconds() >= 600;
                if (never || stale && active == 0) expected.add(name);
            }
            assertThat(schedule.due(loaded, last, active, queued, NOW))
                    .as("loaded %s, last %s, active %d, queued %d", loaded, last, active, queued)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aScheduleNeedsAPositiveRefreshInterval() {
        assertThatThrownBy(() -> new CalibrationSchedule(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
