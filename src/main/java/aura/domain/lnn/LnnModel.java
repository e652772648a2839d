package aura.domain.lnn;

import java.util.List;

/**
 * A trained liquid network with everything needed to use it on raw metrics: the cell spec (wiring included),
 * the parameters under their ncps torch names, the input normalisation, which input columns the outputs
 * predict, and the Δt the network was trained with.
 *
 * <p>Must hold: the parameters build a network for the spec; the normalisation has one column per network
 * input; there is one target per network output and every target is an input column; the training Δt is
 * finite and {@code > 0}.
 */
public record LnnModel(CellSpec cell, Parameters parameters, Normalisation normalisation, List<String> targets,
                       double trainingDt) {

    public LnnModel {
        if (cell == null || parameters == null || normalisation == null || targets == null) {
            throw new IllegalArgumentException("cell, parameters, normalisation and targets must not be null");
        }
        targets = List.copyOf(targets);
        StepChecks.checkDt(trainingDt);
        LiquidNetwork net = LiquidNetwork.of(cell, parameters);
        if (normalisation.size() != net.inputSize()) {
            throw new IllegalArgumentException("normalisation has " + normalisation.size()
                    + " columns but the network takes " + net.inputSize() + " inputs");
        }
        if (targets.size() != net.outputSize()) {
            throw new IllegalArgumentException(targets.size() + " targets for " + net.outputSize() + " outputs");
        }
        targets.forEach(normalisation::indexOf);
    }

    /** A new network with these parameters and a zero state. */
    public LiquidNetwork network() {
        return LiquidNetwork.of(cell, parameters);
    }

    /** For each output, the index of the input column it predicts. */
    public int[] targetColumns() {
        return targets.stream().mapToInt(normalisation::indexOf).toArray();
    }
}
