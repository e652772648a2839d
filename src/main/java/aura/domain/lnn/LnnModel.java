package aura.domain.lnn;

import java.util.List;

/**
 * A trained liquid network with everything needed to use it on raw metrics: the cell spec (wiring included),
 * the parameters under their ncps torch names, the input normalisation, which input columns the outputs
 * predict, the Δt the network was trained with, and (when known) its {@link Calibration}: the window it was
 * trained on and its one-step error on held-out data.
 *
 * <p>Must hold: the parameters build a network for the spec; the normalisation has one column per network
 * input; there is one target per network output and every target is an input column; the training Δt is
 * finite and {@code > 0}; a calibration, when present, has one residual per target.
 */
public record LnnModel(CellSpec cell, Parameters parameters, Normalisation normalisation, List<String> targets,
                       double trainingDt, Calibration calibration) {

    /** A model without calibration (window and held-out residuals unknown). */
    public LnnModel(CellSpec cell, Parameters parameters, Normalisation normalisation, List<String> targets,
                    double trainingDt) {
        this(cell, parameters, normalisation, targets, trainingDt, null);
    }

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
        if (calibration != null && calibration.residualStd().length != targets.size()) {
            throw new IllegalArgumentException(calibration.residualStd().length + " residuals for " + targets.size()
                    + " targets");
        }
    }

    /** The calibration, when the model has one. */
    public java.util.Optional<Calibration> calibrationIfKnown() {
        return java.util.Optional.ofNullable(calibration);
    }

    /** The same model with a calibration. */
    public LnnModel withCalibration(Calibration c) {
        return new LnnModel(cell, parameters, normalisation, targets, trainingDt, c);
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
