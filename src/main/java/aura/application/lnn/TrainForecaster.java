package aura.application.lnn;

import aura.application.lnn.port.ForecasterTrainer;
import aura.domain.lnn.Activation;
import aura.domain.lnn.Calibration;
import aura.domain.lnn.CellSpec;
import aura.domain.lnn.CfcMode;
import aura.domain.lnn.CfcSpec;
import aura.domain.lnn.FullyConnectedWiring;
import aura.domain.lnn.LiquidNetwork;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.LtcSpec;
import aura.domain.lnn.Normalisation;
import aura.domain.lnn.Parameters;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Trains a forecaster on a metric series: splits it in time (the last {@code validationFraction} held out),
 * fits the normalisation on the training part, builds and initialises the cell, lets the
 * {@link ForecasterTrainer} fit it, then calibrates the result on the held-out part with the plain-Java path
 * (the one predictions use).
 */
@Singleton
public record TrainForecaster(ForecasterTrainer trainer) {
    /** @throws IllegalArgumentException when a column is missing or the series is too short for the window */
    public LnnModel train(TrainForecasterCommand command) {
        TrainingSettings s = command.settings();
        MetricSeries series = command.series();
        int need = 2 * (s.window() + 1);
        if (series.length() < need) {
            throw new InvalidInput("window", "series has " + series.length() + " rows; a window of " + s.window()
                    + " needs at least " + need + " (training and validation)");
        }
        int validationRows = Math.max(s.window() + 1, (int) Math.round(series.length() * s.validationFraction()));
        int split = series.length() - validationRows;
        if (split < s.window() + 1) {
            throw new InvalidInput("window", "series has " + series.length() + " rows, too few to hold out "
                    + validationRows + " and still train on windows of " + s.window());
        }
        List<String> columns = series.columns();
        List<String> targets = command.targets().isEmpty() ? columns : command.targets();
        for (String t : targets) {
            if (!columns.contains(t)) {
                throw new InvalidInput("columns", "missing column '" + t + "'; the series has " + columns);
            }
        }
        Normalisation norm = Normalisation.fit(columns, series.rows(0, split));
        CellSpec spec = cellSpec(s, columns.size(), targets.size());
        int projection = s.cell() == CellKind.CFC ? targets.size() : 0;
        Parameters initial = LiquidNetwork.initialise(spec, projection, s.seed()).parameters();
        int[] targetColumns = targets.stream().mapToInt(columns::indexOf).toArray();
        TrainingRun run = new TrainingRun(spec, initial, normalise(norm, series.rows(0, split)),
                normalise(norm, series.rows(split, series.length())), targetColumns, command.dt(), s);
        Parameters trained = trainer.train(run, command.progress(), command.checkpointing());
        LnnModel model = new LnnModel(spec, trained, norm, targets, command.dt());
        double[] residuals = OneStepWalk.over(model, series.rows(split, series.length()), s.window()).residualRms();
        return model.withCalibration(new Calibration(s.window(), residuals));
    }

    private static CellSpec cellSpec(TrainingSettings s, int inputs, int targets) {
        if (s.cell() == CellKind.LTC) {
            if (s.units() < targets) {
                throw new InvalidInput("units", "an LTC needs at least one unit per target: " + s.units()
                        + " units for " + targets + " targets");
            }
            return LtcSpec.of(FullyConnectedWiring.generate(s.units(), targets, inputs, true, s.seed()), true);
        }
        return new CfcSpec(inputs, s.units(), CfcMode.DEFAULT, Activation.LECUN_TANH, s.backboneUnits(), 1);
    }

    private static double[][] normalise(Normalisation norm, double[][] rows) {
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = norm.normalise(i, row[i]);
            }
        }
        return rows;
    }
}
