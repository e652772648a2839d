package aura.application.lnn.port;

import aura.domain.lnn.LnnModel;

import java.util.Optional;

/** Forecasters that training jobs produced, deployed to every node through the shared database. */
public interface TrainedForecasters {
    /**
     * @param reference {@code <name>} for the newest version, or {@code <name>:<version>}
     * @return the model, or empty when no job produced one of that reference
     */
    Optional<LnnModel> load(String reference);
}
