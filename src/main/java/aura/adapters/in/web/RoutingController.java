package aura.adapters.in.web;

import aura.application.routing.ListRoutingDecisions;
import aura.application.routing.port.RoutingLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Recent routing decisions with their estimates and actual outcomes (a person's own; an admin's: all). */
@Controller("/api/routing")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record RoutingController(ListRoutingDecisions decisions) {
    @Serdeable
    record DecisionView(String id, Instant at, String decidedOn, RouteView route, @Nullable String servedBy,
                        @Nullable Double estimatedSeconds, @Nullable Double actualSeconds, @Nullable String outcome) {
        static DecisionView of(RoutingLog.Entry e) {
            var d = e.decision();
            Double estimated = d.candidates().isEmpty() ? null : d.candidates().get(0).estimate().seconds();
            return new DecisionView(e.id(), e.at(), e.decidedOn(), RouteView.of(d), e.servedBy().orElse(null), estimated,
                    e.actualSeconds().orElse(null), e.outcome().orElse(null));
        }
    }

    @Get("/decisions{?limit}")
    List<DecisionView> recent(Authentication auth, @Nullable @QueryValue Integer limit) {
        var caller = RequestContext.caller(auth);
        var query = new ListRoutingDecisions.Query(caller.userId(), caller.admin(), limit == null ? 20 : limit);
        return decisions.recent(query).stream().map(DecisionView::of).toList();
    }
}
