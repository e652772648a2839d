package aura.adapters.in.cli;

import aura.application.lnn.EvaluateForecaster;
import aura.application.lnn.RiskReport;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns LNN results into plain maps and lists for the JSON the command line prints. */
final class LnnJson {

    private LnnJson() {
    }

    static Map<String, Object> report(RiskReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("targets", r.targets());
        out.put("forecast", r.forecast().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("horizon", p.horizon());
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < r.targets().size(); i++) {
                values.put(r.targets().get(i), p.values()[i]);
            }
            m.put("values", values);
            return m;
        }).toList());
        out.put("risks", r.metrics().stream().map(LnnJson::outlook).toList());
        out.put("driver", r.driver());
        out.put("recommendation", r.recommendation());
        return out;
    }

    private static Map<String, Object> outlook(RiskReport.MetricOutlook o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", o.metric());
        m.put("threshold", o.threshold());
        m.put("residualStd", o.residualStd());
        Map<String, Double> byHorizon = new LinkedHashMap<>();
        o.risks().forEach(h -> byHorizon.put(Integer.toString(h.horizon()), h.risk()));
        m.put("risk", byHorizon);
        m.put("stepsToCrossing", o.stepsToCrossing());
        return m;
    }

    static Map<String, Object> evaluation(EvaluateForecaster.Evaluation e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("window", e.window());
        out.put("forecasts", e.forecasts());
        Map<String, Object> columns = new LinkedHashMap<>();
        e.perColumn().forEach((k, v) -> columns.put(k, errors(v)));
        out.put("columns", columns);
        out.put("overall", errors(e.overall()));
        return out;
    }

    private static Map<String, Object> errors(EvaluateForecaster.Evaluation.Errors e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modelMse", e.modelMse());
        m.put("naiveMse", e.naiveMse());
        return m;
    }

}
