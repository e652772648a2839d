package aura.adapters.in.web;

import aura.application.lnn.RiskReport;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The forecast and risks as JSON. */
@Serdeable
record LnnPredictionView(List<String> targets, List<PointView> forecast, List<RiskView> risks, String driver,
                         String recommendation) {

    @Serdeable
    record PointView(int horizon, Map<String, Double> values) {
    }

    @Serdeable
    record RiskView(String metric, double threshold, double residualStd, Map<String, Double> risk,
                    Integer stepsToCrossing) {
    }

    static LnnPredictionView of(RiskReport r) {
        List<PointView> points = r.forecast().stream().map(p -> {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < r.targets().size(); i++) {
                values.put(r.targets().get(i), p.values()[i]);
            }
            return new PointView(p.horizon(), values);
        }).toList();
        List<RiskView> risks = r.metrics().stream().map(m -> {
            Map<String, Double> byHorizon = new LinkedHashMap<>();
            m.risks().forEach(h -> byHorizon.put(Integer.toString(h.horizon()), h.risk()));
            return new RiskView(m.metric(), m.threshold(), m.residualStd(), byHorizon, m.stepsToCrossing());
        }).toList();
        return new LnnPredictionView(r.targets(), points, risks, r.driver(), r.recommendation());
    }
}
