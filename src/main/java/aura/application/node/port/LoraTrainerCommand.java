package aura.application.node.port;

/** The LoRA trainer command a GPU node is given ({@code aura.training.lora.command}), or none. */
public interface LoraTrainerCommand {
    /** Whether this node has a trainer command, and so takes {@code lora} jobs when it executes training. */
    boolean available();
}
