package aura.application.routing;

import aura.application.routing.port.RoutingLog;
import aura.domain.routing.Candidate;
import aura.domain.routing.Estimate;
import aura.domain.routing.RouteRequest;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static aura.application.routing.LiveNodes.MODEL;
import static aura.application.routing.LiveNodes.SELF;
import static aura.application.routing.LiveNodes.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** PlanRoute over in-memory heartbeats, local load and routing log: no framework, no Redis, no database. */
class PlanRouteTest {
    final LiveNodes mesh = new LiveNodes();

    static Estimate estimateOf(PlanRoute.Route route, String node) {
        return route.decision().candidates().stream().filter(c -> c.node().equals(node)).findFirst()
                .map(Candidate::estimate).orElseThrow();
    }

    @Test
    void aNodeWithoutTheModelIsNotACandidate() {
        mesh.beat("gpu", measured(MODEL, 40)).beat("cpu", measured("mistral", 90));

        var route = mesh.planRoute().plan(RouteRequest.of(MODEL));

        assertThat(route.decision().candidates()).extracting(Candidate::node).containsExactly("gpu");
        assertThat(route.decision().excluded()).contains("cpu: lacks model " + MODEL);
    }

    @Test
    void theFastestMeasuredNodeWins() {
        mesh.beat("slow", measured(MODEL, 15)).beat("fast", measured(MODEL, 90)).beat("middle", measured(MODEL, 40));

        var route = mesh.planRoute().plan(RouteRequest.of(MODEL));

        assertThat(route.decision().chosen()).contains("fast");
        assertThat(route.decision().candidates()).extracting(Candidate::node).containsExactly("fast", "middle", "slow");
        assertThat(route.reachable().get("fast").port()).as("reached at its heartbeat's address").isPositive();
    }

    @Test
    void theCallersOwnNodeIsInTheSnapshotWithItsLocalLoad() {
        // Its own heartbeat in the directory is stale (published before the model was pulled, idle then).
        mesh.beat(SELF).beat("gpu", measured(MODEL, 50));
        mesh.localModels = java.util.List.of(measured(MODEL, 50));
        mesh.localActive = 2;
        mesh.localQueued = 1;

        var route = mesh.planRoute().plan(RouteRequest.of(MODEL));

        assertThat(route.decision().candidates()).extracting(Candidate::node).containsExactly("gpu", SELF);
        Estimate self = estimateOf(route, SELF);
        assertThat(self.queueSeconds()).as("three generations ahead of it").isEqualTo(3 * self.generationSeconds());
        assertThat(self.networkSeconds()).isZero();
    }

    @Test
    void aNodeAloneStillHasItselfAsACandidateWhenItsHeartbeatIsNotLiveYet() {
        mesh.localModels = java.util.List.of(measured(MODEL, 20));

        var route = mesh.planRoute().plan(RouteRequest.of(MODEL));

        assertThat(route.decision().chosen()).contains(SELF);
    }

    @Test
    void aCompletedDecisionIsLoggedOnceWithItsOutcome() {
        mesh.beat("gpu", measured(MODEL, 50));
        var plan = mesh.planRoute();
        var route = plan.plan(RouteRequest.of(MODEL), Optional.of("ann"));
        assertThat(mesh.log.entries()).as("nothing is written before the generation ends").isEmpty();

        plan.completed(route.decisionId(), MODEL, Optional.of("gpu"), 120, 2.5, "completed");
        plan.completed(route.decisionId(), MODEL, Optional.of("gpu"), 120, 2.5, "completed");

        assertThat(mesh.log.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(route.decisionId());
            assertThat(e.decidedOn()).isEqualTo(SELF);
            assertThat(e.decision()).isEqualTo(route.decision());
            assertThat(e.servedBy()).contains("gpu");
            assertThat(e.actualSeconds()).contains(2.5);
            assertThat(e.outcome()).contains("completed");
            assertThat(e.requestedBy()).contains("ann");
        });
    }

    @Test
    void aFailedDecisionIsLoggedWithoutAServerOrATime() {
        var plan = mesh.planRoute();
        var route = plan.plan(RouteRequest.of(MODEL));

        plan.completed(route.decisionId(), MODEL, Optional.empty(), 0, 1.0, "no node of the mesh serves model " + MODEL);

        RoutingLog.Entry logged = mesh.log.entries().get(0);
        assertThat(logged.servedBy()).isEmpty();
        assertThat(logged.actualSeconds()).isEmpty();
        assertThat(logged.outcome().orElseThrow()).contains("no node");
        assertThat(logged.requestedBy()).isEmpty();
    }

    @Test
    void theExpectedLengthLearnsFromFinishedAnswers() {
        mesh.beat("gpu", measured(MODEL, 64));
        var plan = mesh.planRoute();
        var first = plan.plan(RouteRequest.of(MODEL));
        double before = estimateOf(first, "gpu").generationSeconds();

        plan.completed(first.decisionId(), MODEL, Optional.of("gpu"), 4 * 256, 16, "completed");

        double after = estimateOf(plan.plan(RouteRequest.of(MODEL)), "gpu").generationSeconds();
        assertThat(after).as("answers of this model turned out four times the default length").isGreaterThan(3 * before);
    }
}
