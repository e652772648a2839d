package aura.application.chat;

import aura.application.auth.Caller;
import aura.application.chat.port.Conversations;
import aura.application.policy.port.PinnedTiers;
import aura.domain.policy.Tier;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Pins one of the person's conversations to a model tier (its questions then go to that tier's model unless one
 * names a model), or unpins it.
 */
@Singleton
public record PinTier(Conversations conversations, PinnedTiers pins) {
    public Optional<Tier> pin(Caller caller, String conversationId, Optional<Tier> tier) {
        var conversation = OwnConversation.of(conversations, caller, conversationId);
        pins.pin(conversation.id(), tier);
        return tier;
    }
}
