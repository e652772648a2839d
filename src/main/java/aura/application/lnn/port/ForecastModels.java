package aura.application.lnn.port;

import aura.domain.lnn.LnnModel;

import java.util.Optional;

/** The node's stored forecaster models, by file name. */
public interface ForecastModels {

    /**
     * @return the model, or empty when there is none of that name
     * @throws aura.domain.problem.InvalidInput (field {@code model}) when the name is not a plain file name or the file is not a valid model
     */
    Optional<LnnModel> load(String name);
}
