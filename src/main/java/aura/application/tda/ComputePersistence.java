package aura.application.tda;

import aura.domain.tda.Barcode;
import aura.domain.tda.VietorisRips;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Computes the Vietoris–Rips persistence of a finite metric space, and its Betti numbers at a scale. */
@Singleton
public class ComputePersistence {
    public PersistenceReport compute(PersistenceQuery query) {
        Barcode barcode = VietorisRips.barcode(query.space(), query.parameters());
        Optional<int[]> betti = query.scale().isPresent()
                ? Optional.of(barcode.bettiNumbersAt(query.scale().getAsDouble())) : Optional.empty();
        return new PersistenceReport(query.space().size(), barcode, betti);
    }
}
