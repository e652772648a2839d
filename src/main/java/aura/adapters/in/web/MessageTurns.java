package aura.adapters.in.web;

import aura.domain.chat.ChatTurn;
import aura.domain.problem.InvalidInput;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.function.Function;

/** The messages of an OpenAI or Ollama chat request as turns: each door reads its own message shape. */
final class MessageTurns {
    private MessageTurns() {
    }

    /** Refuses a missing, empty or holey list (field {@code messages}); maps every message with {@code turn}. */
    static <M> List<ChatTurn> of(@Nullable List<M> messages, Function<M, ChatTurn> turn) {
        if (messages == null || messages.isEmpty()) throw new InvalidInput("messages", "messages must not be empty");
        if (messages.contains(null)) throw new InvalidInput("messages", "every message must be an object with role and content");
        return messages.stream().map(turn).toList();
    }
}
