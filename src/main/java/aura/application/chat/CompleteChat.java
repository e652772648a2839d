package aura.application.chat;

import aura.application.auth.Caller;
import aura.application.policy.AdmitGeneration;
import aura.application.policy.RateLimitSettings;
import aura.application.policy.ThrottleRequests;
import aura.application.policy.port.RateLimits;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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

    private final RateLimits limits;
    private final RateLimitSettings limitSettings;

    public CompleteChat(MeshGeneration generation, AnswerCapacity capacity, AdmitGeneration admit,
                        RateLimits limits, RateLimitSettings limitSettings) {
        this.generation = generation;
        this.limits = limits;
        this.limitSettings = limitSettings;
        this.admit = admit;
        this.work = new BoundedWork("completion", capacity.threads(), capacity.queue());
    }

    /**
     * Starts the completion for {@code caller} on a thread of its own; the observer hears everything. The
     * policies' admission comes first (rate limits, a spent and capped budget, the gatekeeper refuse before
     * anything runs). A caller with an API key has the answer's tokens taken from the key's rate limit too.
     */
    public AdmitGeneration.Admission complete(Caller caller, String model, List<ChatTurn> turns, OptionalInt maxTokens,
                                              OptionalDouble temperature, RoutedGeneration.Observer listener) {
        if (turns == null || turns.isEmpty()) throw new InvalidInput("messages", "messages must not be empty");
        if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) throw new InvalidInput("max_tokens", "max_tokens must be at least 1");
        GenerationRequest.checkedTemperature(temperature, "temperature");
        // No model, or "auto", is the tier's model for the last question's complexity.
        Optional<String> asked = Optional.ofNullable(model).filter(m -> !m.isBlank() && !m.equals(AUTO));
        String question = turns.get(turns.size() - 1).content();
        String userId = caller.userId();
        Optional<String> apiKey = caller.apiKeyId();
        var admission = admit.admit(new AdmitGeneration.Request(userId, asked, question, Optional.empty(), apiKey));
        RoutedGeneration.Observer observer = apiKey.isPresent() && limitSettings.perApiKey().limitsTokens()
                ? new ChargingKey(listener, apiKey.get()) : listener;
        var request = new GenerationRequest(admission.model(), turns, maxTokens, temperature, admission.keptInMesh());
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

    /** Takes a finished answer's tokens from its API key's rate limit (its person's are taken when usage is recorded). */
    private final class ChargingKey extends ForwardingObserver {
        private final String apiKey;

        ChargingKey(RoutedGeneration.Observer next, String apiKey) {
            super(next);
            this.apiKey = apiKey;
        }

        @Override
        public void done(RoutedGeneration.Result result) {
            try {
                if (!result.servedBy().equals(RoutedGeneration.CACHE) && !result.servedBy().equals(RoutedGeneration.EMERGENCY)) {
                    limits.charge(ThrottleRequests.apiKeyKey(apiKey), limitSettings.perApiKey(),
                            (long) Math.max(0, result.promptTokens()) + Math.max(0, result.outputTokens()));
                }
            } finally {
                super.done(result);
            }
        }
    }
}
