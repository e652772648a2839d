package aura.domain.tda;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The engine stops from its inner loops when the time is up or the caller has gone, and not otherwise. */
class DeadlineTest {
    private static final PointCloud CLOUD = TestClouds.uniformCube(200, 3, 5);

    @Test
    void ripsStopsWhenTheTimeIsUp() {
        assertThatThrownBy(() -> VietorisRips.barcode(CLOUD, RipsParameters.defaults(),
                Deadline.after(Duration.ZERO, () -> false)))
                .isInstanceOf(Deadline.Expired.class).hasMessageContaining("time limit of 0 ms");
    }

    @Test
    void ripsStopsOnceTheCallerHasGone() {
        AtomicBoolean gone = new AtomicBoolean(true);
        assertThatThrownBy(() -> VietorisRips.barcode(CLOUD, RipsParameters.defaults(),
                Deadline.after(Duration.ofHours(1), gone::get))).isInstanceOf(CancellationException.class);
    }

    @Test
    void distancesStopWhenTheTimeIsUp() {
        PersistenceDiagram a = VietorisRips.barcode(CLOUD).diagram(1);
        PersistenceDiagram b = VietorisRips.barcode(TestClouds.uniformCube(200, 3, 6)).diagram(1);
        assertThatThrownBy(() -> WassersteinDistance.distance(a, b, 2, Deadline.after(Duration.ZERO, () -> false)))
                .isInstanceOf(Deadline.Expired.class);
        assertThatThrownBy(() -> BottleneckDistance.distance(a, b, Deadline.after(Duration.ZERO, () -> false)))
                .isInstanceOf(Deadline.Expired.class);
    }

    @Test
    void aDeadlineThatIsNotReachedChangesNothing() {
        Deadline ample = Deadline.after(Duration.ofHours(1), () -> false);
        assertThat(VietorisRips.barcode(CLOUD, RipsParameters.defaults(), ample)).isEqualTo(VietorisRips.barcode(CLOUD));
    }

    @Test
    void theSizeEstimateCountsEverySimplexWhenEveryPairIsWithinTheThresholdAndShrinksWithOne() {
        double[][] equal = new double[30][30];
        for (int i = 0; i < 30; i++) for (int j = 0; j < 30; j++) equal[i][j] = i == j ? 0 : 1;
        RipsParameters h1 = RipsParameters.defaults();
        assertThat(RipsSize.simplices(DistanceMatrix.fromFull(equal), h1)).isCloseTo(30.0 * 29 * 28 / 6, within(1e-6));
        double all = 200.0 * 199 * 198 / 6;
        assertThat(RipsSize.simplices(CLOUD, h1)).isBetween(all / 10, all);
        assertThat(RipsSize.simplices(CLOUD, h1.withThreshold(0.1))).isLessThan(all / 100);
        assertThat(RipsSize.simplices(new PointCloud(new double[][] {{0}, {1}}), h1)).isZero();
    }
}
