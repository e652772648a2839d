package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.MessageState;
import aura.domain.routing.RoutingDecision;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps one stored answer in step with its generation and tells the listener. Tokens are only appended here;
 * {@link AnswerFlusher} writes the growing text, and failover and the end write at once. Writes are serialised,
 * so a late flush never overwrites the finished answer, and each is made only while this node still owns the
 * answer: once another node has released it (this node's heartbeat lapsed) or someone continues it, this
 * generation stops writing and the person still sees it stream. A continued answer keeps its earlier text.
 */
final class RecordedAnswer implements RoutedGeneration.Observer {
    private final ChatMessages messages;
    private final ChatMessage question;
    private final Optional<ChatMessage> resumed;
    private final String model;
    private final String owner;
    private final Clock clock;
    private final AnswerListener listener;
    private final String prefix;
    private final StringBuilder text = new StringBuilder();
    private final Object writing = new Object();
    private volatile boolean pending;
    private ChatMessage message;
    private boolean finished;

    RecordedAnswer(ChatMessages messages, ChatMessage question, Optional<ChatMessage> resumed, String model, String owner,
                   Clock clock, AnswerListener listener) {
        this.messages = messages;
        this.question = question;
        this.resumed = resumed;
        this.model = model;
        this.owner = owner;
        this.clock = clock;
        this.listener = listener;
        this.prefix = resumed.map(ChatMessage::content).orElse("");
    }

    @Override
    public void routed(String decisionId, RoutingDecision decision) {
        synchronized (writing) {
            if (resumed.isPresent()) {
                write(resumed.get().resumed(owner, decisionId, decision.chosen()));
            } else {
                message = ChatMessage.answering(question, UUID.randomUUID().toString(),
                        messages.claimPosition(question.conversationId()), decision.chosen(), model, decisionId, owner,
                        clock.instant());
                messages.add(message);
            }
        }
        listener.route(message.id(), decisionId, decision);
    }

    @Override
    public void token(String piece) {
        synchronized (text) {
            text.append(piece);
        }
        pending = true;
        listener.token(piece);
    }

    /** Writes the text generated so far, if any is new. */
    void flush() {
        if (!pending) return;
        synchronized (writing) {
            if (finished || message == null) return;
            pending = false;
            try {
                write(message.withProgress(soFar(), MessageState.STREAMING, message.node()));
            } catch (RuntimeException e) {
                pending = true; // the next tick tries again
                throw e;
            }
        }
    }

    @Override
    public void failover(String fromNode, String toNode, String reason) {
        synchronized (writing) {
            write(message.withProgress(soFar(), MessageState.STREAMING, Optional.of(toNode)));
        }
        listener.failover(fromNode, toNode, reason);
    }

    @Override
    public void done(RoutedGeneration.Result r) {
        synchronized (writing) {
            write(message.finished(prefix + r.text(), MessageState.COMPLETE, r.servedBy(), r.promptTokens(),
                    r.outputTokens(), r.firstTokenMillis(), r.totalMillis(), Optional.empty()));
            finished = true;
        }
        listener.done(new AnswerListener.Done(message.id(), r.servedBy(), model, r.promptTokens(), r.outputTokens(),
                r.firstTokenMillis(), r.totalMillis()));
    }

    @Override
    public void failed(RoutedGeneration.Failure f) {
        String kept = prefix + f.partialText();
        synchronized (writing) {
            write(message.finished(kept, kept.isEmpty() ? MessageState.FAILED : MessageState.PARTIAL,
                    message.node().orElse(null), 0, 0, f.firstTokenMillis(), f.totalMillis(), Optional.of(f.reason())));
            finished = true;
        }
        listener.failed(new AnswerListener.Failed(message.id(), f.reason(), f.tried(), !kept.isEmpty()));
    }

    /** Whatever broke (the database, a bug), the answer is not left streaming while this node can still say so. */
    void crashed(RuntimeException e) {
        String reason = "the answer could not be generated: " + e.getMessage();
        String kept = soFar();
        String id = "";
        try {
            synchronized (writing) {
                if (message != null) id = message.id();
                if (message != null && !finished) {
                    write(message.finished(kept, kept.isEmpty() ? MessageState.FAILED : MessageState.PARTIAL,
                            message.node().orElse(null), 0, 0, 0, 0, Optional.of(reason)));
                }
                finished = true;
            }
        } finally {
            listener.failed(new AnswerListener.Failed(id, reason, List.of(), !kept.isEmpty()));
        }
    }

    /** Writes while this node owns the answer; once it does not, nothing more is written. Holds {@code writing}. */
    private void write(ChatMessage next) {
        message = next;
        if (!finished && !messages.updateIfOwnedBy(next, owner)) finished = true;
    }

    private String soFar() {
        synchronized (text) {
            return prefix + text;
        }
    }
}
