package aura.adapters.in.web;

import aura.domain.routing.Candidate;
import aura.domain.routing.RoutingDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A routing decision as the API shows it: every candidate's estimate and why it lost. */
@Serdeable
record RouteView(@Nullable String chosen, String model, List<CandidateView> candidates, List<String> excluded) {

    @Serdeable
    record CandidateView(String node, double estimateSeconds, double generationSeconds, double queueSeconds,
                         double networkSeconds, double loadSeconds, double tokensPerSecond, boolean measured,
                         boolean chosen, @Nullable String reasonLost) {
        static CandidateView of(Candidate c) {
            var e = c.estimate();
            return new CandidateView(e.node(), e.seconds(), e.generationSeconds(), e.queueSeconds(), e.networkSeconds(),
                    e.loadSeconds(), e.tokensPerSecond(), e.measured(), c.chosen(), c.reasonLost());
        }
    }

    static RouteView of(RoutingDecision d) {
        return new RouteView(d.chosen().orElse(null), d.model(), d.candidates().stream().map(CandidateView::of).toList(),
                d.excluded());
    }
}
