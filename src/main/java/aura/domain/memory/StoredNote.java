package aura.domain.memory;

/** A note as the database keeps it: with the embedding its saving node computed (null: searchable by words only). */
public record StoredNote(Note note, Embedding embedding) {

    /** This note as an index of {@code model}'s vectors takes it: another model's vector cannot be compared. */
    public StoredNote comparableWith(String model) {
        return embedding == null || embedding.model().equals(model) ? this : new StoredNote(note, null);
    }
}
