package aura.application.tda;

import aura.domain.problem.InvalidInput;
import aura.domain.tda.FiniteMetricSpace;
import aura.domain.tda.RipsParameters;

import java.util.OptionalDouble;

/**
 * What {@link ComputePersistence} is asked: the Vietoris–Rips barcode of {@code space} under {@code parameters}, and
 * the Betti numbers at {@code scale} when one is given.
 */
public record PersistenceQuery(FiniteMetricSpace space, RipsParameters parameters, OptionalDouble scale) {
    public PersistenceQuery {
        if (space == null || parameters == null || scale == null) {
            throw new IllegalArgumentException("space, parameters and scale must be given");
        }
        if (scale.isPresent() && !Double.isFinite(scale.getAsDouble())) {
            throw new InvalidInput("scale", "scale must be a finite number but was " + scale.getAsDouble());
        }
    }
}
