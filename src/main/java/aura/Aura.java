package aura;

import aura.adapters.in.cli.AuraCommand;

/** Entry point of {@code aura-node.jar}. */
public final class Aura {
    private Aura() {
    }

    public static void main(String[] args) {
        AuraCommand.main(args);
    }
}
