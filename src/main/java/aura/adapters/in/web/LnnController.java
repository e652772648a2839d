package aura.adapters.in.web;

import aura.application.lnn.PredictStoredModel;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Forecasts with the liquid-network models stored on this node; the use case names the field of bad input. */
@Controller("/api/lnn")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record LnnController(PredictStoredModel predictStoredModel) {
    @Post("/predict")
    LnnPredictionView predict(@Body LnnPredictRequest request) {
        return LnnPredictionView.of(predictStoredModel.predict(request.model(), request.window(), request.horizons()));
    }
}
