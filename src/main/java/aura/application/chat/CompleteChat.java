package aura.application.chat;

import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.OptionalInt;

/**
 * A stateless chat completion for programs (OpenAI- and Ollama-compatible clients): the caller sends the whole
 * conversation, and the answer is routed and failed over exactly like the UI's chat, but nothing is stored.
 * Completions run on bounded threads of their own ({@link AnswerCapacity}); a saturated node refuses with 503.
 */
@Singleton
public class CompleteChat {
    private final MeshGeneration generation;
    private final BoundedWork work;

    public CompleteChat(MeshGeneration generation, AnswerCapacity capacity) {
        this.generation = generation;
        this.work = new BoundedWork("completion", capacity.threads(), capacity.queue());
    }

    /** Starts the completion on a thread of its own; the observer hears everything. */
    public void complete(String model, List<ChatTurn> turns, OptionalInt maxTokens, RoutedGeneration.Observer observer) {
        if (model == null || model.isBlank()) throw new InvalidInput("model", "model is required");
        if (turns == null || turns.isEmpty()) throw new InvalidInput("messages", "messages must not be empty");
        if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) throw new InvalidInput("max_tokens", "max_tokens must be at least 1");
        var request = new GenerationRequest(model, turns, maxTokens);
        work.reserve().run(() -> {
            try {
                generation.run(request, observer);
            } catch (RuntimeException e) {
                observer.failed(new RoutedGeneration.Failure("the completion could not be generated: " + e.getMessage(),
                        List.of(), "", 0, 0));
            }
        });
    }
}
