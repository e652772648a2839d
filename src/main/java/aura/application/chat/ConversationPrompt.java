package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.Personas;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.Conversation;
import aura.domain.chat.MessageState;
import aura.domain.chat.Persona;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The prompt for one question: the persona, then the conversation as it stood before that question — each
 * earlier question followed by its own answer — and the question last. Questions sent after it, and answers
 * still streaming, are not part of it, so concurrent questions each get an answer to themselves.
 */
@Singleton
record ConversationPrompt(ChatMessages messages, Personas personas) {
    List<ChatTurn> upTo(Conversation conversation, ChatMessage question) {
        List<ChatTurn> turns = new ArrayList<>();
        personas.find(conversation.persona()).or(() -> personas.find(Persona.DEFAULT))
                .ifPresent(p -> turns.add(new ChatTurn(ChatTurn.Speaker.SYSTEM, p.systemPrompt())));
        List<ChatMessage> before = messages.of(conversation.id()).stream().filter(m -> m.seq() < question.seq()).toList();
        Map<String, List<ChatMessage>> answers = before.stream().filter(m -> m.replyTo().isPresent())
                .collect(Collectors.groupingBy(m -> m.replyTo().get()));
        for (ChatMessage m : before) {
            if (m.replyTo().isPresent()) continue; // placed right after its question
            if (usable(m)) turns.add(m.turn());
            for (ChatMessage answer : answers.getOrDefault(m.id(), List.of())) {
                if (usable(answer)) turns.add(answer.turn());
            }
        }
        turns.add(question.turn());
        return turns;
    }

    private static boolean usable(ChatMessage m) {
        return m.state() == MessageState.COMPLETE || (m.state() == MessageState.PARTIAL && !m.content().isEmpty());
    }
}
