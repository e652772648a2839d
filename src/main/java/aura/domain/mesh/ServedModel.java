package aura.domain.mesh;

/**
 * A model a node can generate with, as it publishes it: its measured speed (a moving average over real
 * generations; {@code samples} is 0 until the first one) and whether the backend has it loaded now.
 */
public record ServedModel(String name, double tokensPerSecond, long samples, boolean loaded) {
    public ServedModel {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("model name must not be blank");
        if (tokensPerSecond < 0 || Double.isNaN(tokensPerSecond)) tokensPerSecond = 0;
    }
}
