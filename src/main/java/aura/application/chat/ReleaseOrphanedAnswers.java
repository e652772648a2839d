package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * While the mesh runs: answers still streaming for a node whose heartbeat is gone (it died mid-answer) become
 * partial, so nobody waits on a stream that no live node writes. This node's own answers are left alone.
 */
@Singleton
public record ReleaseOrphanedAnswers(ChatMessages messages, NodeDirectory directory, ThisNode node) {
    /** How many answers were released. */
    public int release() {
        String self = node.identity().name();
        Set<String> live = directory.live().stream().map(Heartbeat::name).collect(Collectors.toSet());
        return OrphanedAnswers.release(messages,
                m -> m.owner().filter(owner -> !owner.equals(self) && !live.contains(owner)).isPresent(),
                "node {owner} stopped while generating this answer (its heartbeat is gone); continue it to finish");
    }
}
