package aura.adapters.in.web;

import aura.application.monitor.ReadCurrentMetrics;
import aura.application.monitor.ReadMetricHistory;
import aura.domain.problem.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Optional;

/** The monitor's metric history: a node's latest sample and one series over the last hours. */
@Controller("/api/monitor/metrics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record MonitorController(ReadCurrentMetrics current, ReadMetricHistory history) {
    @Get("/current")
    MonitorViews.Current current(@Nullable @QueryValue String node) {
        return MonitorViews.Current.of(current.read(Optional.ofNullable(node)));
    }

    @Get("/history")
    MonitorViews.History history(@Nullable @QueryValue String node, @Nullable @QueryValue String metric,
                                 @Nullable @QueryValue String hours) {
        var query = new ReadMetricHistory.Query(Optional.ofNullable(node), metric, hours(hours));
        return MonitorViews.History.of(history.read(query));
    }

    private static double hours(String text) {
        if (text == null) return 1;
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput("hours", "hours is a number, not " + text);
        }
    }
}
