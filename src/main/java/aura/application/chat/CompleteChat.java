package aura.application.chat;

import aura.application.policy.AdmitGeneration;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
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
    private final AdmitGeneration admit;
    /** The model name that asks for the tier's model, for clients that must name one. */
    public static final String AUTO = "auto";

    public CompleteChat(MeshGeneration generation, AnswerCapacity capacity, AdmitGeneration admit) {
        this.generation = generation;
        this.admit = admit;
        this.work = new BoundedWork("completion", capacity.threads(), capacity.queue());
    }

    /**
     * Starts the completion for user {@code userId} on a thread of its own; the observer hears everything. The
     * policies' admission comes first (a spent, capped budget is refused before anything runs).
     */
    public AdmitGeneration.Admission complete(String userId, String model, List<ChatTurn> turns, OptionalInt maxTokens,
                                              RoutedGeneration.Observer observer) {
        if (turns == null || turns.isEmpty()) throw new InvalidInput("messages", "messages must not be empty");
        if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) throw new InvalidInput("max_tokens", "max_tokens must be at least 1");
        // No model, or "auto", is the tier's model for the last question's complexity.
        Optional<String> asked = Optional.ofNullable(model).filter(m -> !m.isBlank() && !m.equals(AUTO));
        String question = turns.get(turns.size() - 1).content();
        var admission = admit.admit(new AdmitGeneration.Request(userId, asked, question, Optional.empty()));
        var request = new GenerationRequest(admission.model(), turns, maxTokens);
        var place = work.reserve();
        observer.admitted(admission);
        place.run(() -> {
            try {
                generation.run(request, Optional.of(userId), observer);
            } catch (RuntimeException e) {
                observer.failed(new RoutedGeneration.Failure("the completion could not be generated: " + e.getMessage(),
                        List.of(), "", 0, 0));
            }
        });
        return admission;
    }
}
