package aura.application.tda;

import aura.domain.problem.InvalidInput;
import aura.domain.tda.Barcode;
import aura.domain.tda.PointCloud;
import aura.domain.tda.RipsSize;
import aura.domain.tda.VietorisRips;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Computes the Vietoris–Rips persistence of a finite metric space, and its Betti numbers at a scale, within the
 * node's {@link TdaLimits}: a space too big for them is refused before any work starts.
 */
@Singleton
public record ComputePersistence(TdaLimits limits, TdaWork work) {
    /**
     * @param callerGone true once nobody waits for the answer; the work then stops
     * @throws InvalidInput naming the space's field ({@code points} or {@code distanceMatrix}) when it is over a
     *                      limit or the work runs past the time limit
     * @throws aura.domain.problem.Unavailable when the node is already running as much TDA work as it may
     */
    public PersistenceReport compute(PersistenceQuery query, BooleanSupplier callerGone) {
        String field = query.space() instanceof PointCloud ? "points" : "distanceMatrix";
        int n = query.space().size();
        if (n > limits.maxPoints()) {
            throw new InvalidInput(field, field + " has " + n + " points; at most " + limits.maxPoints()
                    + " are accepted");
        }
        double size = RipsSize.work(query.space(), query.parameters());
        if (size > limits.maxSimplices()) {
            throw new InvalidInput(field, String.format(Locale.ROOT, "dim %d over %d points means about %.2g "
                            + "simplices (weighted by dimension); at most %.2g are accepted: give fewer points, a lower "
                            + "dim or a threshold", query.parameters().maxDimension(), n, size, limits.maxSimplices()));
        }
        Barcode barcode = work.run(field, callerGone,
                deadline -> VietorisRips.barcode(query.space(), query.parameters(), deadline));
        Optional<int[]> betti = query.scale().isPresent()
                ? Optional.of(barcode.bettiNumbersAt(query.scale().getAsDouble())) : Optional.empty();
        return new PersistenceReport(n, barcode, betti);
    }
}
