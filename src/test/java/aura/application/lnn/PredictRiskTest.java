package aura.application.lnn;

import aura.domain.lnn.Calibration;
import aura.domain.lnn.CrossingRisk;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.MetricWindow;
import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PredictRiskTest {

    private static final Calibration SHARP = new Calibration(8, new double[] {0.02, 0.02});
    private final PredictRisk predictRisk = new PredictRisk();

    private RiskReport predict(LnnModel model, double cpu, double memory) {
        MetricWindow window = MetricWindow.regular(ConstantModels.rows(8, cpu, memory));
        return predictRisk.predict(new PredictRisk.RiskQuery(model, window, null));
    }

    @Test
    void memoryForecastOverItsThresholdDrivesTheRiskAndRecommendsMovingTheLargestProcess() {
        RiskReport report = predict(ConstantModels.predicting(0.5, 0.95, SHARP), 0.5, 0.8);

        assertThat(report.driver()).isEqualTo("memory");
        RiskReport.MetricOutlook memory = report.metrics().get(1);
        assertThat(memory.stepsToCrossing()).isEqualTo(1);
        // forecast 0.95 vs threshold 0.9 with σ₁ = 0.02: Φ(2.5) at step 1
        assertThat(memory.riskWithin(1)).isCloseTo(CrossingRisk.normalCdf(2.5), within(1e-12));
        assertThat(memory.riskWithin(15)).isGreaterThanOrEqualTo(memory.riskWithin(1));
        assertThat(report.recommendation()).contains("memory exhaustion").contains("restart or move the largest process");
    }

    @Test
    void forecastsComeForTheDefaultHorizonsInOriginalUnits() {
        RiskReport report = predict(ConstantModels.predicting(0.42, 0.61, SHARP), 0.4, 0.6);

        assertThat(report.forecast()).extracting(RiskReport.Point::horizon).containsExactly(1, 5, 15);
        assertThat(report.forecast().get(2).values()[0]).isCloseTo(0.42, within(1e-9));
        assertThat(report.forecast().get(2).values()[1]).isCloseTo(0.61, within(1e-9));
    }

    @Test
    void aQuietForecastHasLowRiskNoCrossingAndNeedsNoAction() {
        RiskReport report = predict(ConstantModels.predicting(0.5, 0.6, SHARP), 0.5, 0.6);

        assertThat(report.metrics()).allSatisfy(m -> {
            assertThat(m.stepsToCrossing()).isNull();
            assertThat(m.riskWithin(15)).isLessThan(1e-3);
        });
        assertThat(report.recommendation()).startsWith("No action needed");
    }

    @Test
    void aMetricAlreadyOverItsThresholdHasRiskOneAndCrossesInZeroSteps() {
        RiskReport report = predict(ConstantModels.predicting(0.97, 0.5, SHARP), 0.97, 0.5);

        RiskReport.MetricOutlook cpu = report.metrics().get(0);
        assertThat(cpu.riskWithin(1)).isEqualTo(1.0);
        assertThat(cpu.stepsToCrossing()).isZero();
        assertThat(report.driver()).isEqualTo("cpu");
        assertThat(report.recommendation()).contains("CPU saturation now");
    }

    @Test
    void riskGrowsWithTheHorizonAsTheForecastErrorWidens() {
        // forecast 0.85, below 0.9: the spread σ₁·√k makes a crossing likelier further out
        RiskReport report = predict(ConstantModels.predicting(0.5, 0.85, SHARP), 0.5, 0.85);

        RiskReport.MetricOutlook memory = report.metrics().get(1);
        assertThat(memory.riskWithin(1)).isCloseTo(CrossingRisk.normalCdf(-2.5), within(1e-12));
        assertThat(memory.riskWithin(15)).isCloseTo(CrossingRisk.normalCdf(-2.5 / Math.sqrt(15)), within(1e-12));
        assertThat(memory.stepsToCrossing()).isNull();
    }

    @Test
    void aModelWithoutCalibrationFallsBackToTheColumnStd() {
        RiskReport report = predict(ConstantModels.predicting(0.5, 0.85, null), 0.5, 0.85);

        assertThat(report.metrics().get(1).residualStd()).isEqualTo(0.1);
    }

    @Test
    void configuredThresholdsReplaceTheDefaults() {
        PredictRisk strict = new PredictRisk(new RiskThresholds(Map.of("cpu", 0.3)));
        MetricWindow window = MetricWindow.regular(ConstantModels.rows(8, 0.2, 0.2));

        RiskReport report = strict.predict(new PredictRisk.RiskQuery(ConstantModels.predicting(0.4, 0.95, SHARP),
                window, List.of(2)));

        assertThat(report.metrics()).extracting(RiskReport.MetricOutlook::metric).containsExactly("cpu");
        assertThat(report.driver()).isEqualTo("cpu");
    }

    @Test
    void aWindowOfTheWrongWidthOrABadHorizonIsRefused() {
        LnnModel model = ConstantModels.predicting(0.5, 0.5, SHARP);
        MetricWindow narrow = MetricWindow.regular(new double[][] {{0.5}});

        assertThatThrownBy(() -> predictRisk.predict(new PredictRisk.RiskQuery(model, narrow, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("expects 2");
        assertThatThrownBy(() -> predictRisk.predict(new PredictRisk.RiskQuery(model,
                MetricWindow.regular(ConstantModels.rows(3, 0.5, 0.5)), List.of(0))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("horizons");
    }
}
