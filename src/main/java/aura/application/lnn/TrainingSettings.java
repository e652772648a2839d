package aura.application.lnn;

import aura.domain.problem.InvalidInput;

/**
 * How to train a forecaster.
 *
 * <p>Must hold: units, window, epochs, batch size and patience {@code >= 1}; learning rate and clip norm finite
 * and {@code > 0}; validation fraction in (0, 0.5]; backbone units {@code >= 1}.
 *
 * @param window         rows per training window; the network runs each window from a zero state
 * @param patience       epochs without a better validation loss before training stops early
 * @param gradientClip   the largest global L2 norm a gradient may have before it is scaled down
 * @param backboneUnits  CfC backbone width (ignored by LTC)
 */
public record TrainingSettings(CellKind cell, int units, int window, int epochs, int batchSize, double learningRate,
                               double validationFraction, int patience, double gradientClip, int backboneUnits,
                               long seed) {

    public TrainingSettings {
        if (cell == null) {
            throw new IllegalArgumentException("cell must not be null");
        }
        positive("units", units);
        positive("window", window);
        positive("epochs", epochs);
        positive("batchSize", batchSize);
        positive("patience", patience);
        positive("backboneUnits", backboneUnits);
        finitePositive("learningRate", "learning rate", learningRate);
        finitePositive("gradientClip", "gradient clip", gradientClip);
        if (!(validationFraction > 0 && validationFraction <= 0.5)) {
            throw new InvalidInput("validationFraction", "validation fraction must be in (0, 0.5], got " + validationFraction);
        }
    }

    /** 32 units, windows of 32, 30 epochs, batches of 32, Adam at 0.01 (LTC) or 0.005 (CfC). */
    public static TrainingSettings defaults(CellKind cell) {
        return new TrainingSettings(cell, 32, 32, 30, 32, cell == CellKind.LTC ? 0.01 : 0.005, 0.2, 5, 1.0, 64, 1L);
    }

    public TrainingSettings withUnits(int n) {
        return new TrainingSettings(cell, n, window, epochs, batchSize, learningRate, validationFraction, patience,
                gradientClip, backboneUnits, seed);
    }

    public TrainingSettings withWindow(int w) {
        return new TrainingSettings(cell, units, w, epochs, batchSize, learningRate, validationFraction, patience,
                gradientClip, backboneUnits, seed);
    }

    public TrainingSettings withEpochs(int e) {
        return new TrainingSettings(cell, units, window, e, batchSize, learningRate, validationFraction, patience,
                gradientClip, backboneUnits, seed);
    }

    public TrainingSettings withLearningRate(double rate) {
        return new TrainingSettings(cell, units, window, epochs, batchSize, rate, validationFraction, patience,
                gradientClip, backboneUnits, seed);
    }

    public TrainingSettings withPatience(int p) {
        return new TrainingSettings(cell, units, window, epochs, batchSize, learningRate, validationFraction, p,
                gradientClip, backboneUnits, seed);
    }

    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(cell, units, window, epochs, batchSize, learningRate, validationFraction, patience,
                gradientClip, backboneUnits, s);
    }

    private static void finitePositive(String name, String said, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new InvalidInput(name, said + " must be finite and > 0, got " + value);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new InvalidInput(name, name + " must be >= 1, got " + value);
        }
    }
}
