package aura;

import aura.adapters.in.cli.AuraCommand;

/** Entry point of {@code aura-node.jar}. */
public final class Aura {
    private Aura() {
    }

    public static void main(String[] args) {
        // Nothing downloads at run time: DJL's engines and tokenizers use the natives shipped in the jar, and never
        // ask the network for libraries or metadata. An explicit -Dai.djl.offline=false still wins.
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
        AuraCommand.main(args);
    }
}
