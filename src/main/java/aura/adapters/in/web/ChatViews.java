package aura.adapters.in.web;

import aura.domain.chat.ChatMessage;
import aura.domain.chat.CitedNote;
import aura.domain.chat.Conversation;
import aura.domain.chat.Persona;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Chat resources as JSON. */
final class ChatViews {
    private ChatViews() {
    }

    @Serdeable
    record ConversationView(String id, String title, String persona, @Nullable String model, Instant created,
                            Instant updated, @Nullable List<MessageView> messages, @Nullable Boolean notes,
                            @Nullable Double temperature) {
        static ConversationView of(Conversation c, @Nullable List<ChatMessage> messages) {
            return of(c, messages, null, null, Map.of());
        }

        /**
         * {@code notes}: whether its questions take the person's notes along, and {@code temperature} the one they
         * are asked at (both given where it was read; a null temperature is the model server's own);
         * {@code citations}: the notes each answer's prompt took, by answer id.
         */
        static ConversationView of(Conversation c, @Nullable List<ChatMessage> messages, @Nullable Boolean notes,
                                   @Nullable Double temperature, Map<String, List<CitedNote>> citations) {
            return new ConversationView(c.id(), c.title(), c.persona(), c.model().orElse(null), c.created(), c.updated(),
                    messages == null ? null : messages.stream().map(m -> MessageView.of(m, citations.getOrDefault(m.id(), List.of()))).toList(),
                    notes, temperature);
        }
    }

    @Serdeable
    record MessageView(String id, String role, String content, String state, @Nullable String node,
                       @Nullable String model, int promptTokens, int outputTokens, long firstTokenMillis,
                       long totalMillis, @Nullable String decisionId, @Nullable String note, Instant created,
                       @Nullable String replyTo, List<CitedNoteView> citations) {
        static MessageView of(ChatMessage m, List<CitedNote> citations) {
            return new MessageView(m.id(), m.speaker().name().toLowerCase(Locale.ROOT), m.content(),
                    m.state().name().toLowerCase(Locale.ROOT), m.node().orElse(null), m.model().orElse(null),
                    m.promptTokens(), m.outputTokens(), m.firstTokenMillis(), m.totalMillis(),
                    m.decisionId().orElse(null), m.note().orElse(null), m.created(), m.replyTo().orElse(null),
                    citations.stream().map(CitedNoteView::of).toList());
        }
    }

    /** A note that went into a prompt, as the stream's {@code context} event and a reopened answer show it. */
    @Serdeable
    record CitedNoteView(String id, String title, double score) {
        static CitedNoteView of(CitedNote n) {
            return new CitedNoteView(n.id(), n.title(), n.score());
        }
    }

    @Serdeable
    record PersonaView(String name, String description, String systemPrompt, boolean builtIn, @Nullable String model) {
        static PersonaView of(Persona p) {
            return new PersonaView(p.name(), p.description(), p.systemPrompt(), p.builtIn(), p.model().orElse(null));
        }
    }
}
