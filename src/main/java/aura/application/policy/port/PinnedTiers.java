package aura.application.policy.port;

import aura.domain.policy.Tier;

import java.util.Optional;

/** The tier a conversation is pinned to, if any. */
public interface PinnedTiers {
    Optional<Tier> tierOf(String conversationId);

    /** Pins {@code conversationId} to {@code tier}, or unpins it when empty. */
    void pin(String conversationId, Optional<Tier> tier);
}
