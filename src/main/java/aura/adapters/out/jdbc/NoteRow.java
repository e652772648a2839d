package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code note}: tags as {@code ,a,b,}, the embedding as little-endian float32s. */
@MappedEntity("note")
record NoteRow(@Id String id, String ownerId, String title, String body, String tags, String colour, boolean pinned,
               @Nullable Instant expires, Instant created, Instant updated, Instant changed, boolean deleted,
               @Nullable byte[] embedding, @Nullable String embeddingModel) {
}
