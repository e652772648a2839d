package aura.domain.training;

import aura.domain.problem.InvalidInput;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person asks to train: a model name (its versions are numbered under it), the base model, the data, and
 * how. For kind {@code lnn} the base model is the cell, {@code ltc} or {@code cfc}; {@code columns} are the
 * columns forecast (empty: every column of the dataset); {@code units} and {@code window} size the network. For
 * kind {@code lora} the base model is the Ollama model the adapter is trained on.
 *
 * <p>Must hold (each refusal names its field): model name 1–128 letters, digits, '.', '_' or '-'; epochs in
 * 1..10,000; learning rate finite and above 0; units in 1..256; window in 2..512.
 */
public record TrainingRequest(String modelName, String baseModel, TrainingData data, TrainingKind kind, int epochs,
                              double learningRate, List<String> columns, long seed, int units, int window) {
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern OLLAMA_MODEL = Pattern.compile("[a-z0-9][a-z0-9._/-]{0,150}(:[a-z0-9._-]{1,50})?");
    public static final List<String> LNN_BASES = List.of("ltc", "cfc");
    public static final int DEFAULT_UNITS = 16;
    public static final int DEFAULT_WINDOW = 16;

    public TrainingRequest {
        if (modelName == null || !MODEL_NAME.matcher(modelName).matches()) {
            throw new InvalidInput("model_name", "model_name is 1-128 letters, digits, '.', '_' or '-', starting "
                    + "with a letter or digit");
        }
        if (data == null || kind == null) {
            throw new IllegalArgumentException("training data and kind are required");
        }
        baseModel = baseModel == null ? "" : baseModel.trim().toLowerCase(Locale.ROOT);
        if (kind == TrainingKind.LNN && !LNN_BASES.contains(baseModel)) {
            throw new InvalidInput("base_model", "unknown base_model '" + baseModel + "' for kind lnn; expected "
                    + String.join(" or ", LNN_BASES));
        }
        if (kind == TrainingKind.LORA && !OLLAMA_MODEL.matcher(baseModel).matches()) {
            throw new InvalidInput("base_model", "base_model for kind lora is an Ollama model name such as "
                    + "llama3.2:1b, got '" + baseModel + "'");
        }
        if (epochs < 1 || epochs > 10_000) {
            throw new InvalidInput("epochs", "epochs must be in 1..10000, got " + epochs);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new InvalidInput("learning_rate", "learning_rate must be a finite number above 0, got " + learningRate);
        }
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (columns.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new InvalidInput("columns", "column names must not be blank");
        }
        if (units < 1 || units > 256) {
            throw new InvalidInput("units", "units must be in 1..256, got " + units);
        }
        if (window < 2 || window > 512) {
            throw new InvalidInput("window", "window must be in 2..512, got " + window);
        }
    }
}
