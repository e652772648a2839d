package aura.adapters.in.web;

import aura.application.monitor.AnalyzeNode;
import aura.application.monitor.ReadTopologyHistory;
import aura.domain.monitor.NodeOutlook;
import aura.domain.monitor.NodeTopology;
import aura.domain.monitor.Recommendation;
import aura.domain.monitor.ThresholdWatch;
import aura.domain.problem.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** The monitor's analysis of a node ({@code POST /api/monitor/analyze}) and its topology windows over time. */
@Controller("/api/monitor")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record MonitorAnalysisController(AnalyzeNode analyzeNode, ReadTopologyHistory topologyHistory) {
    private static final Set<String> FLAGS = Set.of("include_predictions", "include_recommendations");

    @Serdeable
    record TopologyView(Instant at, int[] betti, double scale, List<double[]> diagram, double wasserstein,
                        double entropy, double landscapeNorm) {
        static TopologyView of(NodeTopology t) {
            return new TopologyView(t.at(), t.betti(), t.scale(), t.diagram(), t.wasserstein(), t.entropy(), t.landscapeNorm());
        }
    }

    @Serdeable
    record ScenarioView(String name, double probability, String metric) {
    }

    @Serdeable
    record ThresholdView(String name, String metric, double threshold, double value,
                         @Nullable Double forecastMinutes, @Nullable Double trendMinutes) {
        static ThresholdView of(ThresholdWatch.Estimate e) {
            return new ThresholdView(e.name(), e.metric(), e.threshold(), e.value(), minutes(e.forecastSeconds()),
                    minutes(e.trendSeconds()));
        }
    }

    @Serdeable
    record PredictionView(double risk, double confidence, @Nullable Double timeToFailureMinutes,
                          List<ScenarioView> scenarios, List<ThresholdView> thresholds) {
        static PredictionView of(NodeOutlook.Prediction p) {
            return new PredictionView(p.risk(), p.confidence(), minutes(p.timeToFailureSeconds()),
                    p.scenarios().stream().map(s -> new ScenarioView(s.name(), s.probability(), s.metric())).toList(),
                    p.thresholds().stream().map(ThresholdView::of).toList());
        }
    }

    @Serdeable
    record RecommendationView(String action, String node, String reason, String how) {
        static RecommendationView of(Recommendation r) {
            return new RecommendationView(r.action(), r.node(), r.reason(), r.how());
        }
    }

    @Serdeable
    record AnalysisView(String node, @Nullable TopologyView topology, @Nullable PredictionView predictions,
                        @Nullable List<RecommendationView> recommendations, List<String> drainedBy) {
    }

    @Serdeable
    record WindowView(Instant at, int[] betti, double wasserstein, double entropy, double landscapeNorm) {
    }

    @Serdeable
    record WindowsView(String node, Instant from, Instant to, List<WindowView> windows) {
    }

    @Post("/analyze")
    AnalysisView analyze(@Nullable @QueryValue String node, @Nullable @Body Map<String, Object> body) {
        Map<String, Object> flags = body == null ? Map.of() : body;
        for (String key : flags.keySet()) {
            if (!FLAGS.contains(key)) throw new InvalidInput(key, key + " is not a field of an analysis request");
        }
        boolean predictions = flag(flags, "include_predictions");
        boolean recommendations = flag(flags, "include_recommendations");
        var a = analyzeNode.analyze(new AnalyzeNode.Request(Optional.ofNullable(node), predictions, recommendations));
        return new AnalysisView(a.node(), a.topology().map(TopologyView::of).orElse(null),
                a.prediction().map(PredictionView::of).orElse(null),
                recommendations ? a.recommendations().stream().map(RecommendationView::of).toList() : null, a.drainedBy());
    }

    @Get("/topology/history")
    WindowsView topologyHistory(@Nullable @QueryValue String node, @Nullable @QueryValue String hours) {
        double h;
        try {
            h = hours == null ? 1 : Double.parseDouble(hours);
        } catch (NumberFormatException e) {
            throw new InvalidInput("hours", "hours is a number, not " + hours);
        }
        var w = topologyHistory.read(Optional.ofNullable(node), h);
        return new WindowsView(w.node(), w.from(), w.to(), w.windows().stream().map(s -> new WindowView(s.at(),
                new int[]{s.b0(), s.b1(), s.b2()}, s.wasserstein(), s.entropy(), s.landscapeNorm())).toList());
    }

    /** Absent means yes: an empty request asks for the whole analysis. */
    private static boolean flag(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null) return true;
        if (v instanceof Boolean b) return b;
        throw new InvalidInput(name, name + " is true or false");
    }

    private static Double minutes(OptionalDouble seconds) {
        return seconds.isPresent() ? seconds.getAsDouble() / 60 : null;
    }
}
