package aura.adapters.in.web;

import aura.domain.monitor.AlertChange;
import aura.application.monitor.ListAlerts;
import aura.domain.monitor.Alert;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/monitor/alerts}: this node's alert rules with their states, and the recent state changes. */
@Controller("/api/monitor/alerts")
@Secured(SecurityRule.IS_AUTHENTICATED)
record AlertController(ListAlerts listAlerts) {
    @Serdeable
    record AlertView(String rule, String node, String metric, String condition, String severity, String state,
                     @Nullable Instant activeSince, @Nullable Double value, long forSeconds, long keepFiringForSeconds) {
        static AlertView of(Alert a) {
            var r = a.rule();
            return new AlertView(r.name(), a.node(), r.metric(), (r.comparison() == aura.domain.monitor.AlertRule.Comparison.ABOVE
                    ? "> " : "< ") + r.threshold(), lower(r.severity()), lower(a.state()), a.activeSince(),
                    Double.isNaN(a.value()) ? null : a.value(), r.pending().toSeconds(), r.keepFiringFor().toSeconds());
        }
    }

    @Serdeable
    record TransitionView(String rule, String node, String from, String state, Instant at, @Nullable Double value,
                          String severity) {
        static TransitionView of(AlertChange t) {
            return new TransitionView(t.rule(), t.node(), lower(t.from()), lower(t.state()), t.at(),
                    Double.isNaN(t.value()) ? null : t.value(), lower(t.severity()));
        }
    }

    @Serdeable
    record AlertsView(List<AlertView> alerts, List<TransitionView> history) {
    }

    @Get
    AlertsView alerts() {
        var alerts = listAlerts.list();
        return new AlertsView(alerts.current().stream().map(AlertView::of).toList(),
                alerts.history().stream().map(TransitionView::of).toList());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
