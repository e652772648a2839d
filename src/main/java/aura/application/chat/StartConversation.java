package aura.application.chat;

import aura.application.chat.port.Conversations;
import aura.application.chat.port.Personas;
import aura.application.auth.Caller;
import aura.domain.chat.Conversation;
import aura.domain.chat.Persona;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Starts a conversation for the caller, framed by a persona (the default one unless named). */
@Singleton
public record StartConversation(Conversations conversations, Personas personas, Clock clock) {
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
}
