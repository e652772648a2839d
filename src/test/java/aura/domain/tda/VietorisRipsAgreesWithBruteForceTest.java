package aura.domain.tda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VietorisRipsAgreesWithBruteForceTest {

    static Stream<Arguments> randomSpaces() {
        return IntStream.range(0, 150).mapToObj(seed -> {
            Random random = new Random(seed);
            int n = 4 + random.nextInt(8);
            int ambient = 1 + random.nextInt(4);
            PointCloud cloud = seed % 3 == 0
                    ? TestClouds.integerGrid(n, ambient, 3, seed)
                    : TestClouds.uniformCube(n, ambient, seed);
            int maxDim = seed % 3;
            int modulus = seed % 2 == 0 ? 2 : 3;
            double threshold = seed % 4 < 2 ? Double.POSITIVE_INFINITY : 0.3 + random.nextDouble() * ambient * 0.3;
            return Arguments.of(seed, cloud, maxDim, threshold, modulus);
        });
    }

    @ParameterizedTest(name = "seed {0}: maxDim {2}, threshold {3}, Z/{4}")
    @MethodSource("randomSpaces")
    void engineBarsEqualTheTextbookReductionBarForBar(int seed, PointCloud cloud, int maxDim,
                                                      double threshold, int modulus) {
        Barcode barcode = VietorisRips.barcode(cloud, new RipsParameters(maxDim, threshold, modulus));
        List<List<double[]>> expected = BruteForceRips.barcode(cloud, maxDim, threshold, modulus);
        for (int d = 0; d <= maxDim; d++) {
            assertEquals(render(expected.get(d)), render(TestClouds.bars(barcode.diagram(d))),
                    "dimension " + d);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("randomSpaces")
    void allDimensionsUpToThreeAgreeOnSmallClouds(int seed, PointCloud cloud, int maxDim,
                                                  double threshold, int modulus) {
        if (cloud.size() > 8) {
            return;
        }
        Barcode barcode = VietorisRips.barcode(cloud, new RipsParameters(3, threshold, modulus));
        List<List<double[]>> expected = BruteForceRips.barcode(cloud, 3, threshold, modulus);
        for (int d = 0; d <= 3; d++) {
            assertEquals(render(expected.get(d)), render(TestClouds.bars(barcode.diagram(d))),
                    "dimension " + d);
        }
    }

    private static String render(List<double[]> bars) {
        return bars.stream().map(Arrays::toString).collect(Collectors.joining("\n"));
    }
}
