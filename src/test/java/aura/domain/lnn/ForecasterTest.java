package aura.domain.lnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForecasterTest {

    private final LnnModel model = LnnModelCodecTest.models().findFirst().orElseThrow();
    private final double[][] raw = {{0.4, 38, 9e5, 3}, {0.6, 41, 1.1e6, 3.5}, {0.55, 43, 1.2e6, 3.1}};

    @Test
    void defaultHorizonsAreOneFiveAndFifteenStepsOfTheTrainingDt() {
        Forecast f = new Forecaster(model).forecast(MetricWindow.regular(raw));
        assertEquals(List.of(1, 5, 15), f.points().stream().map(Forecast.Point::horizon).toList());
        assertEquals(75.0, f.at(5).elapsed());
        assertEquals(List.of("cpu", "net_in"), f.targets());
    }

    @Test
    void oneStepForecastIsTheDenormalisedNetworkOutputAfterTheWindow() {
        Normalisation norm = model.normalisation();
        LiquidNetwork net = model.network();
        double[] out = null;
        for (double[] row : raw) {
            double[] z = new double[4];
            for (int i = 0; i < 4; i++) {
                z[i] = norm.normalise(i, row[i]);
            }
            out = net.step(z, model.trainingDt());
        }
        double[] expected = {norm.denormalise(0, out[0]), norm.denormalise(3, out[1])};
        assertArrayEquals(expected, new Forecaster(model).forecast(MetricWindow.regular(raw), List.of(1)).at(1)
                .values(), 1e-12);
    }

    @Test
    void longerHorizonsFeedPredictionsBackAndHoldOtherColumns() {
        Normalisation norm = model.normalisation();
        LiquidNetwork net = model.network();
        double[] z = new double[4];
        double[] out = null;
        for (double[] row : raw) {
            for (int i = 0; i < 4; i++) {
                z[i] = norm.normalise(i, row[i]);
            }
            out = net.step(z, 15.0);
        }
        for (int h = 2; h <= 3; h++) {
            z[0] = out[0];
            z[3] = out[1];
            out = net.step(z, 15.0);
        }
        Forecast f = new Forecaster(model).forecast(MetricWindow.regular(raw), List.of(3, 1, 3));
        assertEquals(2, f.points().size());
        assertEquals(norm.denormalise(0, out[0]), f.at(3).value(0), 1e-12);
        assertEquals(norm.denormalise(3, out[1]), f.at(3).value(1), 1e-12);
    }

    @Test
    void irregularWindowsUseTheirOwnElapsedTimes() {
        Forecaster forecaster = new Forecaster(model);
        double[] regular = forecaster.forecast(MetricWindow.regular(raw), List.of(1)).at(1).values();
        double[] irregular = forecaster.forecast(new MetricWindow(raw, new double[] {15, 3, 40}), List.of(1))
                .at(1).values();
        assertTrue(regular[0] != irregular[0]);
    }

    @Test
    void badWindowsAndHorizonsAreRejectedWithTheReason() {
        Forecaster forecaster = new Forecaster(model);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> forecaster.forecast(MetricWindow.regular(new double[][] {{1, 2, 3}})));
        assertTrue(e.getMessage().contains("the model expects 4 [cpu, mem, disk_io, net_in]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(MetricWindow.regular(raw), List.of(0)));
        e = assertThrows(IllegalArgumentException.class,
                () -> MetricWindow.regular(new double[][] {{1, Double.NaN, 3, 4}}));
        assertTrue(e.getMessage().contains("column 1 is NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MetricWindow(raw, new double[] {1, 0, 1}));
        assertTrue(e.getMessage().contains("dt must be finite and > 0"), e.getMessage());
    }
}
