package aura.domain.memory;

/** A text's place in a sentence model's space: the vector and the model that computed it. */
public record Embedding(String model, float[] vector) {
    public Embedding {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("an embedding names its model");
        if (vector == null || vector.length == 0) throw new IllegalArgumentException("an embedding has dimensions");
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    public int dimensions() {
        return vector.length;
    }
}
