package aura.adapters.in.web;

import aura.application.tda.PersistenceQuery;
import aura.domain.problem.InvalidInput;
import aura.domain.tda.DistanceMatrix;
import aura.domain.tda.FiniteMetricSpace;
import aura.domain.tda.PointCloud;
import aura.domain.tda.PrimeField;
import aura.domain.tda.RipsParameters;
import io.micronaut.json.tree.JsonNode;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code POST /api/tda/persistence}: {@code points} (one array of coordinates per point) or {@code distanceMatrix}
 * ({@code format} "full", the default, or "lower": row i holds d(i,0)..d(i,i-1)), with {@code dim} (default 1),
 * {@code threshold}, {@code modulus} (default 2) and {@code scale}. How big it may be is the use case's to say.
 */
final class PersistenceRequest {
    private PersistenceRequest() {
    }

    static PersistenceQuery read(JsonNode body) {
        if (body == null || !body.isObject()) throw new InvalidInput("body", "the body must be a JSON object");
        int dim = JsonFields.integer(body, "dim", 1);
        if (dim < 0 || dim > RipsParameters.MAX_SUPPORTED_DIMENSION) {
            throw new InvalidInput("dim", "dim must be between 0 and " + RipsParameters.MAX_SUPPORTED_DIMENSION);
        }
        double threshold = JsonFields.number(body, "threshold", Double.POSITIVE_INFINITY);
        if (threshold < 0) throw new InvalidInput("threshold", "threshold must not be negative");
        int modulus = JsonFields.integer(body, "modulus", 2);
        if (!PrimeField.isPrime(modulus)) throw new InvalidInput("modulus", "modulus must be a prime number but was " + modulus);
        OptionalDouble scale = JsonFields.present(body, "scale")
                ? OptionalDouble.of(JsonFields.number(body.get("scale"), "scale")) : OptionalDouble.empty();
        FiniteMetricSpace space = space(body);
        return new PersistenceQuery(space, new RipsParameters(dim, threshold, modulus), scale);
    }

    private static FiniteMetricSpace space(JsonNode body) {
        boolean points = JsonFields.present(body, "points");
        boolean matrix = JsonFields.present(body, "distanceMatrix");
        if (points == matrix) {
            throw new InvalidInput(points ? "distanceMatrix" : "points", "give exactly one of points and distanceMatrix");
        }
        String field = points ? "points" : "distanceMatrix";
        double[][] rows = JsonFields.rows(body, field, DistanceMatrix.MAX_POINTS);
        if (points) return new PointCloud(rows);
        return switch (format(body)) {
            case "full", "distance-matrix" -> DistanceMatrix.fromFull(rows);
            case "lower", "lower-distance" -> DistanceMatrix.fromLowerTriangle(rows);
            default -> throw new InvalidInput("format", "format must be \"full\" or \"lower\"");
        };
    }

    private static String format(JsonNode body) {
        JsonNode format = body.get("format");
        if (format == null || format.isNull()) return "full";
        if (!format.isString()) throw new InvalidInput("format", "format must be \"full\" or \"lower\"");
        return format.getStringValue().toLowerCase(Locale.ROOT);
    }
}
