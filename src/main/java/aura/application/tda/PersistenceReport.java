package aura.application.tda;

import aura.domain.tda.Barcode;

import java.util.Optional;

/** The barcode of a query, and the Betti numbers {@code b_0..b_maxDim} at its scale when one was asked for. */
public record PersistenceReport(int points, Barcode barcode, Optional<int[]> bettiNumbers) {
}
