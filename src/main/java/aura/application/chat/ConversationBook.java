package aura.application.chat;

import aura.application.auth.Caller;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.Conversation;
import aura.domain.chat.Persona;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's conversations: start, list, open (with messages), rename, delete. These share one rule — a person
 * only ever sees their own conversations — so they live together.
 */
@Singleton
public class ConversationBook {
    private final Conversations conversations;
    private final ChatMessages messages;
    private final Personas personas;
    private final Clock clock;

    public ConversationBook(Conversations conversations, ChatMessages messages, Personas personas, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.personas = personas;
        this.clock = clock;
    }

    public record Opened(Conversation conversation, List<ChatMessage> messages) {
    }

    public Conversation start(Caller caller, String title, String persona, String model) {
        String personaName = persona == null || persona.isBlank() ? Persona.DEFAULT : persona;
        if (personas.find(personaName).isEmpty()) throw new InvalidInput("persona", "there is no persona '" + personaName + "'");
        if (model != null && model.length() > 200) throw new InvalidInput("model", "model name is too long");
        var now = clock.instant();
        var conversation = new Conversation(UUID.randomUUID().toString(), caller.userId(), Conversation.checkTitle(title),
                personaName, Optional.ofNullable(model).filter(m -> !m.isBlank()), now, now);
        conversations.save(conversation);
        return conversation;
    }

    public List<Conversation> list(Caller caller) {
        return conversations.forUser(caller.userId());
    }

    public Opened open(Caller caller, String id) {
        Conversation c = own(caller, id);
        return new Opened(c, messages.of(c.id()));
    }

    public Conversation rename(Caller caller, String id, String title) {
        Conversation renamed = own(caller, id).retitled(Conversation.checkTitle(title), clock.instant());
        conversations.save(renamed);
        return renamed;
    }

    public void delete(Caller caller, String id) {
        conversations.delete(own(caller, id).id());
    }

    private Conversation own(Caller caller, String id) {
        return conversations.find(id).filter(c -> c.userId().equals(caller.userId()))
                .orElseThrow(() -> new NotFound("no conversation " + id));
    }
}
