package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.Conversations;
import aura.application.auth.Caller;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.Conversation;
import aura.domain.chat.GenerationRequest;
import aura.application.node.ThisNode;
import aura.application.policy.AdmitGeneration;
import aura.domain.problem.Conflict;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Continues a partial answer (its node died, or every candidate failed) from where it stopped, exactly as failover
 * does: the text so far goes to the routed node as an assistant prefill, and the rest is appended to the same
 * message. Only one caller can take a partial answer up; it streams like sending a message.
 */
@Singleton
public record ContinueAnswer(Conversations conversations, ChatMessages messages, ConversationPrompt prompt,
                             BackgroundAnswers answers, ThisNode node, AdmitGeneration admit) {
    public record Command(String conversationId, String messageId, OptionalInt maxTokens) {
        public Command {
            if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) throw new InvalidInput("maxTokens", "maxTokens must be at least 1");
        }
    }

    public void resume(Caller caller, Command command, AnswerListener listener) {
        Conversation conversation = OwnConversation.of(conversations, caller, command.conversationId());
        ChatMessage partial = messages.message(command.messageId())
                .filter(m -> m.conversationId().equals(conversation.id()))
                .orElseThrow(() -> new NotFound("no message " + command.messageId() + " in this conversation"));
        if (!partial.continuable()) {
            throw new Conflict("only a partial answer can be continued; this one is " + partial.state().name().toLowerCase());
        }
        ChatMessage question = questionOf(partial);
        String model = partial.model().orElseThrow(() -> new Conflict("this answer does not say which model wrote it"));
        // A spent, capped budget refuses a continuation too; one that is not capped keeps the model that began it.
        // The question is checked again, so an answer whose question had to stay inside the mesh stays there.
        var admission = admit.admit(new AdmitGeneration.Request(caller.userId(), Optional.of(model), question.content(), Optional.empty()));
        BoundedWork.Place place = answers.reserve();
        try {
            if (!messages.takeOver(partial.id(), node.identity().name())) {
                throw new Conflict("this answer is already being continued");
            }
            var request = new GenerationRequest(model, prompt.upTo(conversation, question), command.maxTokens())
                    .keptInMeshBy(admission.keptInMesh()).continuing(partial.content());
            answers.start(place, question, Optional.of(partial), request, caller.userId(), listener);
        } finally {
            place.release();
        }
    }

    private ChatMessage questionOf(ChatMessage answer) {
        Optional<ChatMessage> named = answer.replyTo().flatMap(messages::message);
        // answers stored before they named their question answer the last question before them
        return named.or(() -> messages.of(answer.conversationId()).stream()
                        .filter(m -> m.speaker() == ChatTurn.Speaker.USER && m.seq() < answer.seq())
                        .max(Comparator.comparingLong(ChatMessage::seq)))
                .orElseThrow(() -> new Conflict("this answer has no question to continue from"));
    }
}
