package aura.adapters.in.web;

import aura.application.node.DescribeNode;
import aura.application.node.ReadHostMetrics;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** This node: who it is, and how its host is doing. */
@Controller("/api/node")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record NodeController(DescribeNode describeNode, ReadHostMetrics readHostMetrics) {
    @Get
    NodeView node() {
        return NodeView.of(describeNode.describe());
    }

    @Get("/metrics")
    MetricsView metrics() {
        return MetricsView.of(readHostMetrics.read());
    }
}
