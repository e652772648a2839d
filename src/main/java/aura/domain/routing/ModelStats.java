package aura.domain.routing;

/**
 * What a node publishes about one model: {@code tokensPerSecond} is the moving average of the decode speed it
 * measured over real generations, {@code samples} how many generations went into it ({@code 0}: no measurement
 * yet, the speed is then ignored and a prior used), {@code loaded} whether the backend holds the model in memory
 * now (Ollama's {@code /api/ps}).
 */
public record ModelStats(String model, double tokensPerSecond, long samples, boolean loaded) {
    public ModelStats {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model stats need a model name");
        if (!(tokensPerSecond >= 0) || Double.isInfinite(tokensPerSecond)) {
            throw new IllegalArgumentException("tokens per second of '" + model + "' must be finite and >= 0");
        }
        if (samples < 0) throw new IllegalArgumentException("samples of '" + model + "' must be >= 0");
    }

    /** A model the node has but never measured. */
    public static ModelStats unmeasured(String model, boolean loaded) {
        return new ModelStats(model, 0, 0, loaded);
    }

    /** Whether {@link #tokensPerSecond} is a measurement the cost model may use. */
    public boolean measured() {
        return samples > 0 && tokensPerSecond > 0;
    }
}
