package aura.adapters.in.web;

import aura.application.lnn.PredictStoredModel;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Forecasts with the liquid-network models stored on this node. */
@Controller("/api/lnn")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LnnController {
    private final PredictStoredModel predictStoredModel;

    LnnController(PredictStoredModel predictStoredModel) {
        this.predictStoredModel = predictStoredModel;
    }

    @Post("/predict")
    HttpResponse<?> predict(@Body LnnPredictRequest request) {
        if (request.model() == null || request.model().isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "model", "required");
        }
        if (request.window() == null || request.window().isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "window", "needs at least one row");
        }
        try {
            return HttpResponse.ok(LnnPredictionView.of(predictStoredModel.predict(request.model(), request.window(),
                    request.horizons())));
        } catch (NoSuchElementException e) {
            return error(HttpStatus.NOT_FOUND, "model", e.getMessage());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            int colon = message.indexOf(": ");
            String field = message.startsWith("model") || message.startsWith("window") ? message.substring(0, colon)
                    : message.contains("horizon") ? "horizons" : "window";
            return error(HttpStatus.BAD_REQUEST, field, colon > 0 && field.equals(message.substring(0, colon))
                    ? message.substring(colon + 2) : message);
        }
    }

    private static HttpResponse<Map<String, String>> error(HttpStatus status, String field, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("field", field);
        body.put("error", message);
        return HttpResponse.<Map<String, String>>status(status).body(body);
    }
}
