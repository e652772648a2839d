package aura.domain.training;

import aura.domain.problem.InvalidInput;

import java.util.Locale;

/** How a job trains. Only kinds an executor exists for are listed. */
public enum TrainingKind {
    /** A liquid-network forecaster (base model {@code ltc} or {@code cfc}), trained in process on a CPU. */
    LNN,
    /**
     * A LoRA adapter on an Ollama base model, trained by the external command a GPU node is configured with and
     * deployed to every Ollama node of the mesh.
     */
    LORA;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidInput naming {@code kind} for anything but {@code lnn} or {@code lora} */
    public static TrainingKind parse(String text) {
        if (text == null || text.isBlank()) {
            return LNN;
        }
        for (TrainingKind k : values()) {
            if (k.wireName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new InvalidInput("kind", "unknown kind '" + text + "'; this mesh trains: lnn, lora");
    }
}
