package aura.application.lnn;

import aura.domain.lnn.Calibration;
import aura.domain.lnn.FullyConnectedWiring;
import aura.domain.lnn.LiquidNetwork;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.LtcSpec;
import aura.domain.lnn.Normalisation;
import aura.domain.lnn.Parameters;
import aura.domain.lnn.Tensor;

import java.util.List;

/** Models whose forecast is known: an LTC whose output map has weight 0, so it always predicts its bias. */
final class ConstantModels {

    private ConstantModels() {
    }

    /** Columns cpu and memory (mean 0.5, std 0.1); forecasts cpu and memory at the given raw values forever. */
    static LnnModel predicting(double cpu, double memory, Calibration calibration) {
        LtcSpec spec = LtcSpec.of(FullyConnectedWiring.generate(4, 2, 2, true, 7), true);
        Parameters p = LiquidNetwork.initialise(spec, 0, 7).parameters()
                .with("rnn_cell.output_w", Tensor.vector(0, 0))
                .with("rnn_cell.output_b", Tensor.vector((cpu - 0.5) / 0.1, (memory - 0.5) / 0.1));
        Normalisation norm = new Normalisation(List.of("cpu", "memory"), new double[] {0.5, 0.5},
                new double[] {0.1, 0.1});
        return new LnnModel(spec, p, norm, List.of("cpu", "memory"), 1.0, calibration);
    }

    static double[][] rows(int n, double cpu, double memory) {
        double[][] r = new double[n][];
        for (int t = 0; t < n; t++) {
            r[t] = new double[] {cpu, memory};
        }
        return r;
    }
}
