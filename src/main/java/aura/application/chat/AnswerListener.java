package aura.application.chat;

import aura.application.policy.AdmitGeneration;
import aura.domain.routing.RoutingDecision;

import java.util.List;

/**
 * Follows one answer as it is generated. Calls arrive on the generation's thread; if the listener throws (the
 * browser went away) it is detached and the generation goes on, stored as it completes.
 */
public interface AnswerListener {
    /** Before anything else, on the caller's thread: the model the policies chose and the person's budget standing. */
    default void admitted(AdmitGeneration.Admission admission) {
    }

    /** The person's notes that went into the prompt, when any did; heard before the route and the first token. */
    default void context(List<ChatMemory.RecalledNote> notes) {
    }

    void route(String assistantMessageId, String decisionId, RoutingDecision decision);

    void token(String text);

    void failover(String fromNode, String toNode, String reason);

    void done(Done done);

    void failed(Failed failed);

    record Done(String messageId, String node, String model, int promptTokens, int outputTokens,
                long firstTokenMillis, long totalMillis) {
    }

    record Failed(String messageId, String reason, List<String> tried, boolean partial) {
    }

    AnswerListener NONE = new AnswerListener() {
        public void route(String a, String d, RoutingDecision r) { }
        public void token(String t) { }
        public void failover(String f, String t, String r) { }
        public void done(Done d) { }
        public void failed(Failed f) { }
    };
}
