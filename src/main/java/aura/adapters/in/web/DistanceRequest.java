package aura.adapters.in.web;

import aura.application.tda.DiagramComparison;
import aura.domain.problem.InvalidInput;
import aura.domain.tda.PersistenceDiagram;
import aura.domain.tda.PersistenceInterval;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/tda/distance}: diagrams {@code a} and {@code b} as arrays of {@code [birth, death]} pairs (death
 * null or "inf" for a bar that never dies), and either {@code p} (Wasserstein order, default 2) or
 * {@code "bottleneck": true}.
 */
final class DistanceRequest {
    private DistanceRequest() {
    }

    static DiagramComparison read(JsonNode body) {
        if (body == null || !body.isObject()) throw new InvalidInput("body", "the body must be a JSON object");
        PersistenceDiagram a = diagram(body, "a");
        PersistenceDiagram b = diagram(body, "b");
        boolean bottleneck = JsonFields.present(body, "bottleneck") && bottleneck(body.get("bottleneck"));
        boolean order = JsonFields.present(body, "p");
        if (bottleneck && order) throw new InvalidInput("p", "give either p or \"bottleneck\": true, not both");
        if (bottleneck) return DiagramComparison.bottleneck(a, b);
        double p = JsonFields.number(body, "p", 2);
        if (p < 1) throw new InvalidInput("p", "p must be a number >= 1 but was " + p);
        return new DiagramComparison(a, b, p);
    }

    private static boolean bottleneck(JsonNode value) {
        if (!value.isBoolean()) throw new InvalidInput("bottleneck", "bottleneck must be true or false");
        return value.getBooleanValue();
    }

    private static PersistenceDiagram diagram(JsonNode body, String field) {
        JsonNode bars = body.get(field);
        if (bars == null || !bars.isArray()) {
            throw new InvalidInput(field, field + " must be an array of [birth, death] pairs");
        }
        List<PersistenceInterval> intervals = new ArrayList<>(bars.size());
        for (int i = 0; i < bars.size(); i++) {
            JsonNode bar = bars.get(i);
            String where = field + "[" + i + "]";
            if (!bar.isArray() || bar.size() != 2) throw new InvalidInput(field, where + " must be a [birth, death] pair");
            double birth = JsonFields.number(bar.get(0), field, where + "[0]");
            double death = JsonFields.death(bar.get(1), field, where + "[1]");
            if (death < birth) throw new InvalidInput(field, where + ": death " + death + " is before birth " + birth);
            intervals.add(new PersistenceInterval(birth, death));
        }
        return new PersistenceDiagram(0, intervals);
    }
}
