package aura.adapters.in.web;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Body of {@code POST /api/lnn/predict}: a stored model's file name, raw rows oldest first, optional horizons. */
@Serdeable
record LnnPredictRequest(String model, List<Map<String, Double>> window, List<Integer> horizons) {
}
