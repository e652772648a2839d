package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.CitedNotes;
import aura.application.chat.port.ConversationNotes;
import aura.application.chat.port.ConversationTemperatures;
import aura.application.chat.port.Conversations;
import aura.application.chat.port.Personas;
import aura.application.auth.Caller;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.CitedNote;
import aura.domain.chat.Conversation;
import aura.domain.chat.Persona;
import aura.domain.chat.GenerationRequest;
import aura.application.node.ThisNode;
import aura.application.policy.AdmitGeneration;
import aura.application.policy.port.PinnedTiers;
import aura.domain.policy.Tier;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Sends a person's question in their conversation. The rule: the question is stored, at a position of its own,
 * before anything else, and its answer is generated for it — from the conversation up to that question — in the
 * background ({@link BackgroundAnswers}), stored as it grows. A node with no room for another answer refuses
 * with 503 before storing anything. The person's notes that bear on the question ({@link ChatMemory}) go into the
 * prompt, and the listener hears which, before the answer's first token — unless the person turned notes off for
 * the conversation ({@link SwitchNotes}); which ones is kept with the question ({@link CitedNotes}). The model is
 * the message's, else the conversation's pinned tier's choice, else the conversation's model, else its persona's,
 * else the one the policies score.
 */
@Singleton
public record SendMessage(Conversations conversations, ChatMessages messages, ConversationPrompt prompt,
                          BackgroundAnswers answers, ThisNode node, Clock clock, ChatMemory memory,
                          AdmitGeneration admit, PinnedTiers pins, ConversationNotes switches,
                          ConversationTemperatures temperatures, Personas personas, CitedNotes cited) {
    /** {@code temperature}: the sampling temperature asked for (0 to 2); at 0 the answer may come from the cache. */
    public record Command(String conversationId, String content, Optional<String> model, OptionalInt maxTokens,
                          OptionalDouble temperature) {
        public Command {
            temperature = GenerationRequest.checkedTemperature(temperature, "temperature");
            if (content == null || content.isBlank()) throw new InvalidInput("content", "the message is empty");
            if (content.length() > ChatMessage.MAX_CONTENT) {
                throw new InvalidInput("content", "the message is longer than " + ChatMessage.MAX_CONTENT + " characters");
            }
            if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) throw new InvalidInput("maxTokens", "maxTokens must be at least 1");
            // as a conversation's model: the name is stored with the question
            if (model.isPresent() && model.get().length() > 200) throw new InvalidInput("model", "model name is too long");
        }

        public Command(String conversationId, String content, Optional<String> model, OptionalInt maxTokens) {
            this(conversationId, content, model, maxTokens, OptionalDouble.empty());
        }
    }

    /**
     * What was accepted: the stored question, and the policies' admission (the model it goes to, the person's
     * budget standing). The answer follows through the listener.
     */
    public record Accepted(String userMessageId, AdmitGeneration.Admission admission) {
    }

    public Accepted send(Caller caller, Command command, AnswerListener listener) {
        Conversation conversation = OwnConversation.of(conversations, caller, command.conversationId());
        // The message's model, else the conversation's pinned tier, else its default model, else its persona's,
        // else the scored tier's.
        Optional<Tier> pinned = pins.tierOf(conversation.id());
        Optional<String> asked = command.model().filter(m -> !m.isBlank())
                .or(() -> pinned.isPresent() ? Optional.empty() : conversation.model()
                        .or(() -> personas.find(conversation.persona()).flatMap(Persona::model)));
        var admission = admit.admit(new AdmitGeneration.Request(caller.userId(), asked, command.content(), pinned));
        String model = admission.model();
        BoundedWork.Place place = answers.reserve();
        try {
            var question = ChatMessage.question(UUID.randomUUID().toString(), conversation.id(),
                    messages.claimPosition(conversation.id()), command.content(), node.identity().name(), model,
                    clock.instant());
            messages.add(question);
            conversations.save(conversation.touched(clock.instant()));
            listener.admitted(admission);
            // notes turned off for this conversation: none is looked for, none goes into the prompt
            var notes = switches.allowed(conversation.id()) ? memory.recall(caller, command.content())
                    : List.<ChatMemory.RecalledNote>of();
            // kept with the question, so its answer shows them again when the conversation is reopened
            cited.cite(question.id(), notes.stream().map(n -> new CitedNote(n.id(), n.title(), n.score())).toList());
            if (!notes.isEmpty()) listener.context(notes); // no note in the prompt: the stream is as it was before notes
            var turns = MemoryContext.withNotes(prompt.upTo(conversation, question), notes);
            // the message's temperature, else the conversation's (SetTemperature), else the model server's default
            OptionalDouble temperature = command.temperature().isPresent() ? command.temperature() : temperatures.temperatureOf(conversation.id());
            var request = new GenerationRequest(model, turns, command.maxTokens(), temperature, admission.keptInMesh());
            answers.start(place, question, Optional.empty(), request, caller.userId(), listener);
            return new Accepted(question.id(), admission);
        } finally {
            place.release(); // no-op once the answer started in it
        }
    }
}
