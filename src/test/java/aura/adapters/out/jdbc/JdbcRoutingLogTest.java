package aura.adapters.out.jdbc;

import aura.application.routing.port.RoutingLog;
import aura.domain.routing.Candidate;
import aura.domain.routing.Estimate;
import aura.domain.routing.RoutingDecision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Routing decisions on the real Postgres: estimates kept exactly, listed newest first, each person their own. */
class JdbcRoutingLogTest extends OnPostgres {
    static final RoutingDecision TWO_CANDIDATES = new RoutingDecision("llama3", Optional.of("gpu"), List.of(
            new Candidate(new Estimate("gpu", 1.5, 1.2, 0.0, 0.05, 0.25, 85.3, true), null),
            new Candidate(new Estimate("laptop", 9.75, 9.75, 0, 0, 0, 6, false), "slower: 9.75 s against 1.50 s")),
            List.of("cpu: lacks model llama3"));

    RoutingLog log() {
        return bean(RoutingLog.class);
    }

    static RoutingLog.Entry entry(int minute, Optional<String> user, Optional<String> outcome) {
        return new RoutingLog.Entry(UUID.randomUUID().toString(), minutesAfterT0(minute), "lead", TWO_CANDIDATES,
                Optional.of("gpu"), Optional.of(1.75), outcome, user);
    }

    @Test
    void aDecisionIsReadBackWithItsCandidatesEstimatesAndOutcome() {
        var entry = entry(0, Optional.of("ann"), Optional.of("completed"));
        log().record(entry);
        assertThat(log().find(entry.id())).contains(entry);
    }

    @Test
    void aDecisionWithoutCandidatesOrOutcomeIsReadBackEmpty() {
        var none = new RoutingLog.Entry(UUID.randomUUID().toString(), T0, "lead",
                new RoutingDecision("qwen", Optional.empty(), List.of(), List.of("gpu: lacks model qwen")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        log().record(none);
        assertThat(log().find(none.id())).contains(none);
    }

    @Test
    void recentDecisionsAreNewestFirstUpToTheLimitAndEachPersonSeesOnlyTheirs() {
        String ann = UUID.randomUUID().toString();
        var first = entry(100, Optional.of(ann), Optional.of("completed"));
        var second = entry(101, Optional.empty(), Optional.of("completed"));
        var third = entry(102, Optional.of(ann), Optional.of("completed"));
        for (var e : List.of(second, third, first)) log().record(e);

        assertThat(log().recent(2)).containsExactly(third, second);
        assertThat(log().recentFor(ann, 10)).containsExactly(third, first);
        assertThat(log().recentFor(ann, 1)).containsExactly(third);
        assertThat(log().recentFor("nobody", 10)).isEmpty();
    }

    @Test
    void aLongOutcomeIsCutTo500Characters() {
        var entry = entry(0, Optional.empty(), Optional.of("no node could finish: " + "x".repeat(1000)));
        log().record(entry);
        assertThat(log().find(entry.id()).orElseThrow().outcome().orElseThrow()).hasSize(500);
    }

    @Test
    void aDecisionForAnOverlongModelNameIsStillRecorded() {
        // A client of the compatible APIs names any model it likes; logging the decision must not fail its answer.
        String model = "m".repeat(300);
        var entry = new RoutingLog.Entry(UUID.randomUUID().toString(), T0, "lead",
                new RoutingDecision(model, Optional.empty(), List.of(), List.of("gpu: lacks model " + model)),
                Optional.empty(), Optional.empty(), Optional.of("no node of the mesh serves model " + model), Optional.empty());

        log().record(entry);

        assertThat(log().find(entry.id()).orElseThrow().decision().model()).isEqualTo("m".repeat(200));
    }

    @Test
    void aDecisionIsRecordedOnceAndAnUnknownOneIsEmpty() {
        var entry = entry(0, Optional.empty(), Optional.of("completed"));
        log().record(entry);
        assertThatThrownBy(() -> log().record(entry)).isInstanceOf(RuntimeException.class);
        assertThat(log().find("no-such-decision")).isEmpty();
    }
}
