package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code conversation}. */
@MappedEntity("conversation")
record ConversationRow(@Id String id, String userId, String title, String persona, @Nullable String model,
                       Instant created, Instant updated) {
}
