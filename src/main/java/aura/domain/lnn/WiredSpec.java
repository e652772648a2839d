package aura.domain.lnn;

/** A cell spec over a {@link Wiring}: its input size and its N units are the wiring's. */
public sealed interface WiredSpec extends CellSpec permits LtcSpec, WiredCfcSpec {

    Wiring wiring();

    @Override
    default int inputSize() {
        return wiring().inputSize();
    }

    @Override
    default int units() {
        return wiring().units();
    }
}
