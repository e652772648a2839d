package aura.adapters.out.djl;

import aura.application.lnn.CellKind;
import aura.application.lnn.EvaluateForecaster;
import aura.application.lnn.MetricSeries;
import aura.application.lnn.TrainForecaster;
import aura.application.lnn.TrainForecasterCommand;
import aura.application.lnn.TrainingSettings;
import aura.domain.lnn.Forecast;
import aura.domain.lnn.Forecaster;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.LnnModelCodec;
import aura.domain.lnn.MetricWindow;
import aura.domain.lnn.WiredCfcSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DjlLnnTrainingTest {

    private final TrainForecaster trainForecaster = new TrainForecaster(new DjlForecasterTrainer());

    /** A sine of period 20 and amplitude 1 with Gaussian noise of std 0.1, from step {@code from}. */
    static MetricSeries noisySine(int from, int rows, long seed) {
        Random rng = new Random(seed);
        double[][] r = new double[rows][];
        for (int t = 0; t < rows; t++) {
            r[t] = new double[] {Math.sin(2 * Math.PI * (from + t) / 20.0) + 0.1 * rng.nextGaussian()};
        }
        return new MetricSeries(List.of("signal"), r);
    }

    static TrainingSettings quick(CellKind cell) {
        return cell == CellKind.LTC ? new TrainingSettings(cell, 12, 20, 8, 16, 0.05, 0.2, 4, 1.0, 32, 3L)
                : new TrainingSettings(cell, 12, 20, 12, 16, 0.01, 0.2, 4, 1.0, 32, 3L);
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void onANoisyPeriodicSeriesTheHeldOutOneStepErrorIsUnderHalfTheNaiveForecasts(CellKind cell) {
        LnnModel model = trainForecaster.train(new TrainForecasterCommand(noisySine(0, 500, 1), List.of(),
                quick(cell), 1.0, null));

        EvaluateForecaster.Evaluation heldOut = new EvaluateForecaster().evaluate(model, noisySine(500, 200, 2));

        assertThat(heldOut.overall().modelMse()).isLessThan(heldOut.overall().naiveMse() / 2);
    }

    @Test
    void aSavedAndLoadedModelPredictsIdentically() throws IOException {
        LnnModel model = trainForecaster.train(new TrainForecasterCommand(noisySine(0, 120, 4), List.of(),
                quick(CellKind.CFC).withEpochs(2), 1.0, null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LnnModelCodec.write(model, new DataOutputStream(bytes));

        LnnModel loaded = LnnModelCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        MetricWindow window = MetricWindow.regular(noisySine(120, 20, 5).rows());
        Forecast before = new Forecaster(model).forecast(window);
        Forecast after = new Forecaster(loaded).forecast(window);
        for (int h : List.of(1, 5, 15)) {
            assertThat(after.at(h).values()).containsExactly(before.at(h).values());
        }
        assertThat(loaded.calibration().residualStd()).containsExactly(model.calibration().residualStd());
        assertThat(loaded.calibration().window()).isEqualTo(20);
    }

    @Test
    void badInputGetsAClearError() {
        TrainingSettings s = quick(CellKind.LTC);
        assertThatThrownBy(() -> trainForecaster.train(new TrainForecasterCommand(noisySine(0, 30, 1), List.of(), s,
                1.0, null))).isInstanceOf(aura.domain.problem.InvalidInput.class)
                .hasMessage("series has 30 rows; a window of 20 needs at least 42 (training and validation)");
        assertThatThrownBy(() -> trainForecaster.train(new TrainForecasterCommand(noisySine(0, 100, 1),
                List.of("memory"), s, 1.0, null))).isInstanceOf(aura.domain.problem.InvalidInput.class)
                .hasMessageContaining("missing column 'memory'");
        assertThatThrownBy(() -> new MetricSeries(List.of("cpu"), new double[][] {{0.1}, {Double.NaN}}))
                .isInstanceOf(aura.domain.problem.InvalidInput.class).hasMessageContaining("row 1 column 'cpu' is NaN");
    }

    @Test
    void aCellTheTrainerCannotTrainIsRefusedByName() {
        var wired = new WiredCfcSpec(aura.domain.lnn.FullyConnectedWiring.generate(4, 1, 1, true, 1),
                aura.domain.lnn.CfcMode.DEFAULT);
        assertThatThrownBy(() -> new DjlNetwork(wired, aura.domain.lnn.LiquidNetwork.initialise(wired, 0, 1).parameters(),
                ai.djl.ndarray.NDManager.newBaseManager(null, DjlForecasterTrainer.ENGINE),
                ai.djl.ndarray.types.DataType.FLOAT32)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wired_cfc");
    }
}
