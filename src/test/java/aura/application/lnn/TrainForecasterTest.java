package aura.application.lnn;

import aura.application.lnn.port.ForecasterTrainer;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.Parameters;
import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainForecasterTest {

    /** A trainer that keeps the initial parameters and records what it was asked. */
    static final class RecordingTrainer implements ForecasterTrainer {
        final List<TrainingRun> runs = new ArrayList<>();

        @Override
        public Parameters train(TrainingRun run, TrainingProgress progress) {
            runs.add(run);
            progress.epochFinished(new TrainingProgress.EpochReport(1, 1, 0.5, 0.6, 10, true));
            return run.initial();
        }
    }

    private static MetricSeries series(int rows) {
        double[][] r = new double[rows][];
        for (int t = 0; t < rows; t++) {
            r[t] = new double[] {0.5 + 0.1 * Math.sin(t / 3.0), 0.3 + 0.01 * t, t % 7};
        }
        return new MetricSeries(List.of("cpu", "memory", "net"), r);
    }

    private final RecordingTrainer trainer = new RecordingTrainer();
    private final TrainForecaster trainForecaster = new TrainForecaster(trainer);

    @Test
    void holdsOutTheLatestRowsNormalisesOnTheRestAndCalibratesOnTheHeldOutPart() {
        TrainingSettings settings = TrainingSettings.defaults(CellKind.LTC).withUnits(6).withWindow(5);
        List<TrainingProgress.EpochReport> heard = new ArrayList<>();

        LnnModel model = trainForecaster.train(new TrainForecasterCommand(series(100), List.of("cpu", "memory"),
                settings, 1.0, heard::add));

        TrainingRun run = trainer.runs.get(0);
        assertThat(run.training().length).isEqualTo(80);
        assertThat(run.validation().length).isEqualTo(20);
        assertThat(run.targetColumns()).containsExactly(0, 1);
        assertThat(model.normalisation().mean()[2]).isEqualTo(3.0, org.assertj.core.api.Assertions.within(0.2));
        assertThat(model.targets()).containsExactly("cpu", "memory");
        assertThat(model.calibration().window()).isEqualTo(5);
        assertThat(model.calibration().residualStd()).hasSize(2);
        assertThat(model.calibration().residualStd(1)).isPositive();
        assertThat(heard).hasSize(1);
    }

    @Test
    void aCfcGetsAProjectionOntoTheTargets() {
        TrainingSettings settings = TrainingSettings.defaults(CellKind.CFC).withUnits(8).withWindow(4);

        LnnModel model = trainForecaster.train(new TrainForecasterCommand(series(40), List.of(), settings, 1.0, null));

        assertThat(model.network().outputSize()).isEqualTo(3);
        assertThat(model.parameters().has("fc.weight")).isTrue();
    }

    @Test
    void aSeriesTooShortForTheWindowIsRefusedWithTheNumbers() {
        TrainingSettings settings = TrainingSettings.defaults(CellKind.LTC).withWindow(32);

        assertThatThrownBy(() -> trainForecaster.train(new TrainForecasterCommand(series(50), List.of(), settings,
                1.0, null))).isInstanceOf(InvalidInput.class)
                .hasMessage("series has 50 rows; a window of 32 needs at least 66 (training and validation)");
        assertThat(trainer.runs).isEmpty();
    }

    @Test
    void aMissingTargetColumnIsNamed() {
        assertThatThrownBy(() -> trainForecaster.train(new TrainForecasterCommand(series(100), List.of("disk"),
                TrainingSettings.defaults(CellKind.LTC).withWindow(4), 1.0, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("missing column 'disk'");
    }

    @Test
    void aNonFiniteValueIsNamedByRowAndColumn() {
        assertThatThrownBy(() -> new MetricSeries(List.of("cpu", "memory"), new double[][] {{0.1, 0.2}, {Double.NaN, 0.3}}))
                .isInstanceOf(InvalidInput.class).hasMessage("row 1 column 'cpu' is NaN; values must be finite");
    }

    @Test
    void evaluationScoresModelAndNaiveForecastPerColumn() {
        LnnModel model = trainForecaster.train(new TrainForecasterCommand(series(60), List.of("cpu"),
                TrainingSettings.defaults(CellKind.LTC).withUnits(4).withWindow(5), 1.0, null));

        EvaluateForecaster.Evaluation e = new EvaluateForecaster().evaluate(model, series(30));

        assertThat(e.window()).isEqualTo(5);
        assertThat(e.forecasts()).isEqualTo(25);
        assertThat(e.perColumn()).containsOnlyKeys("cpu");
        assertThat(e.overall().naiveMse()).isEqualTo(e.perColumn().get("cpu").naiveMse());
        assertThat(e.overall().modelMse()).isPositive();
    }
}
