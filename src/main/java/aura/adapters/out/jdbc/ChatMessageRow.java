package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code chat_message}. */
@MappedEntity("chat_message")
record ChatMessageRow(@Id String id, String conversationId, long seq, String speaker, String content, String state,
                      @Nullable String node, @Nullable String model, int promptTokens, int outputTokens,
                      long firstTokenMs, long totalMs, @Nullable String decisionId, @Nullable String note,
                      Instant created, @Nullable String replyTo, @Nullable String ownerNode) {
}
