package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.GenerationRequest;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * Generates stored answers on threads of their own (a browser that disconnects does not stop one), at most
 * {@link AnswerCapacity} at once. A caller reserves a place before it stores anything, so a saturated node
 * refuses cleanly.
 */
@Singleton
class BackgroundAnswers {
    private final MeshGeneration generation;
    private final ChatMessages messages;
    private final AnswerFlusher flusher;
    private final ThisNode node;
    private final Clock clock;
    private final BoundedWork work;

    BackgroundAnswers(MeshGeneration generation, ChatMessages messages, AnswerFlusher flusher, ThisNode node,
                      Clock clock, AnswerCapacity capacity) {
        this.generation = generation;
        this.messages = messages;
        this.flusher = flusher;
        this.node = node;
        this.clock = clock;
        this.work = new BoundedWork("answer", capacity.threads(), capacity.queue());
    }

    BoundedWork.Place reserve() {
        return work.reserve();
    }

    /** Answers {@code question} (or continues {@code resumed}, its partial answer) in the reserved place. */
    void start(BoundedWork.Place place, ChatMessage question, Optional<ChatMessage> resumed, GenerationRequest request,
               String requestedBy, AnswerListener listener) {
        var answer = new RecordedAnswer(messages, question, resumed, request.model(), node.identity().name(), clock,
                new DetachingListener(listener));
        place.run(() -> {
            flusher.follow(answer);
            try {
                generation.run(request, Optional.of(requestedBy), answer);
            } catch (RuntimeException e) {
                answer.crashed(e);
            } finally {
                flusher.forget(answer);
            }
        });
    }
}
