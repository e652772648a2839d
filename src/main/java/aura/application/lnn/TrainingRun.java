package aura.application.lnn;

import aura.application.lnn.port.ForecasterTrainer;
import aura.domain.lnn.CellSpec;
import aura.domain.lnn.Parameters;

/**
 * Everything a {@link ForecasterTrainer} needs: the cell, its initial parameters (full network names, with
 * {@code fc.*} when there is a projection), normalised training and validation rows (oldest first, one value
 * per input column), which input columns the outputs predict, the Δt between rows, and the settings.
 *
 * <p>The training objective: for every window of {@code settings.window()} consecutive rows, run the network
 * from a zero state and predict, after each row, the next row's target columns; the loss is the mean squared
 * error over all those predictions.
 *
 * <p>Must hold: both splits hold at least {@code window + 1} rows of the cell's input width; every target
 * column is a valid input index and there is one per network output.
 */
public record TrainingRun(CellSpec cell, Parameters initial, double[][] training, double[][] validation,
                          int[] targetColumns, double dt, TrainingSettings settings) {

    public TrainingRun {
        if (cell == null || initial == null || training == null || validation == null || targetColumns == null
                || settings == null) {
            throw new IllegalArgumentException("a training run needs every field");
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
        }
        int need = settings.window() + 1;
        if (training.length < need || validation.length < need) {
            throw new IllegalArgumentException("training and validation need at least " + need + " rows each, got "
                    + training.length + " and " + validation.length);
        }
        for (int c : targetColumns) {
            if (c < 0 || c >= cell.inputSize()) {
                throw new IllegalArgumentException("target column " + c + " is not an input column");
            }
        }
        targetColumns = targetColumns.clone();
    }

    @Override
    public int[] targetColumns() {
        return targetColumns.clone();
    }
}
