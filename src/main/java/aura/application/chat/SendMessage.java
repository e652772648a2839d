package aura.application.chat;

import aura.application.auth.Caller;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.Conversation;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.MessageState;
import aura.domain.chat.Persona;
import aura.domain.mesh.NodeSettings;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import aura.domain.routing.RoutingDecision;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends a person's message in a conversation. The message is stored before anything else; then, on a thread of
 * its own (so a browser that disconnects does not stop it), the answer is generated through the mesh
 * ({@link RoutedGeneration}) and flushed to the database as it grows, so reopening the conversation on any node
 * shows it. An answer that could not finish is kept as partial (or failed) with the nodes tried and why.
 */
@Singleton
public class SendMessage {
    private static final long FLUSH_EVERY_NANOS = 500_000_000L;

    private final Conversations conversations;
    private final ChatMessages messages;
    private final Personas personas;
    private final RoutedGeneration generation;
    private final NodeSettings node;
    private final Clock clock;
    private final ExecutorService generations = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "generation");
        t.setDaemon(true);
        return t;
    });

    public SendMessage(Conversations conversations, ChatMessages messages, Personas personas,
                       RoutedGeneration generation, NodeSettings node, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.personas = personas;
        this.generation = generation;
        this.node = node;
        this.clock = clock;
    }

    public record Command(String conversationId, String content, Optional<String> model, OptionalInt maxTokens) {
    }

    /** What was accepted: the stored user message. The answer follows through the listener. */
    public record Accepted(String userMessageId) {
    }

    public Accepted send(Caller caller, Command command, AnswerListener listener) {
        if (command.content() == null || command.content().isBlank()) throw new InvalidInput("content", "the message is empty");
        if (command.content().length() > ChatMessage.MAX_CONTENT) {
            throw new InvalidInput("content", "the message is longer than " + ChatMessage.MAX_CONTENT + " characters");
        }
        if (command.maxTokens().isPresent() && command.maxTokens().getAsInt() < 1) {
            throw new InvalidInput("maxTokens", "maxTokens must be at least 1");
        }
        Conversation conversation = conversations.find(command.conversationId())
                .filter(c -> c.userId().equals(caller.userId()))
                .orElseThrow(() -> new NotFound("no conversation " + command.conversationId()));
        String model = command.model().filter(m -> !m.isBlank()).or(conversation::model).orElse("");
        if (model.isBlank()) throw new InvalidInput("model", "choose a model: the conversation has no default model");
        var userMessage = new ChatMessage(UUID.randomUUID().toString(), conversation.id(), messages.nextSeq(conversation.id()),
                ChatTurn.Speaker.USER, command.content(), MessageState.COMPLETE, Optional.of(node.identity().name()),
                Optional.of(model), 0, 0, 0, 0, Optional.empty(), Optional.empty(), clock.instant());
        messages.add(userMessage);
        conversations.save(conversation.touched(clock.instant()));
        GenerationRequest request = new GenerationRequest(model, prompt(conversation), command.maxTokens());
        StoredAnswer answer = new StoredAnswer(conversation, model, new SafeListener(listener));
        generations.execute(() -> {
            try {
                generation.run(request, Optional.of(caller.userId()), answer);
            } catch (RuntimeException e) {
                answer.crashed(e);
            }
        });
        return new Accepted(userMessage.id());
    }

    private List<ChatTurn> prompt(Conversation conversation) {
        List<ChatTurn> turns = new ArrayList<>();
        personas.find(conversation.persona()).or(() -> personas.find(Persona.DEFAULT))
                .ifPresent(p -> turns.add(new ChatTurn(ChatTurn.Speaker.SYSTEM, p.systemPrompt())));
        for (ChatMessage m : messages.of(conversation.id())) {
            boolean usable = m.state() == MessageState.COMPLETE || (m.state() == MessageState.PARTIAL && !m.content().isEmpty());
            if (usable) turns.add(m.turn());
        }
        return turns;
    }

    /** Keeps the assistant message in the database in step with the generation, and tells the listener. */
    private final class StoredAnswer implements RoutedGeneration.Observer {
        private final Conversation conversation;
        private final String model;
        private final AnswerListener listener;
        private final StringBuilder text = new StringBuilder();
        private long lastFlush = System.nanoTime();
        private ChatMessage message;

        StoredAnswer(Conversation conversation, String model, AnswerListener listener) {
            this.conversation = conversation;
            this.model = model;
            this.listener = listener;
        }

        @Override
        public void routed(String decisionId, RoutingDecision decision) {
            message = new ChatMessage(UUID.randomUUID().toString(), conversation.id(), messages.nextSeq(conversation.id()),
                    ChatTurn.Speaker.ASSISTANT, "", MessageState.STREAMING, decision.chosen(), Optional.of(model),
                    0, 0, 0, 0, Optional.of(decisionId), Optional.empty(), clock.instant());
            messages.add(message);
            listener.route(message.id(), decisionId, decision);
        }

        @Override
        public void token(String piece) {
            text.append(piece);
            listener.token(piece);
            long now = System.nanoTime();
            if (now - lastFlush > FLUSH_EVERY_NANOS) {
                lastFlush = now;
                message = message.withProgress(text.toString(), MessageState.STREAMING, message.node());
                messages.update(message);
            }
        }

        @Override
        public void failover(String fromNode, String toNode, String reason) {
            message = message.withProgress(text.toString(), MessageState.STREAMING, Optional.of(toNode));
            messages.update(message);
            listener.failover(fromNode, toNode, reason);
        }

        @Override
        public void done(RoutedGeneration.Result r) {
            message = message.finished(r.text(), MessageState.COMPLETE, r.servedBy(), r.promptTokens(), r.outputTokens(),
                    r.firstTokenMillis(), r.totalMillis(), Optional.empty());
            messages.update(message);
            listener.done(new AnswerListener.Done(message.id(), r.servedBy(), model, r.promptTokens(), r.outputTokens(),
                    r.firstTokenMillis(), r.totalMillis()));
        }

        @Override
        public void failed(RoutedGeneration.Failure f) {
            boolean partial = !f.partialText().isEmpty();
            message = message.finished(f.partialText(), partial ? MessageState.PARTIAL : MessageState.FAILED,
                    message.node().orElse(null), 0, 0, f.firstTokenMillis(), f.totalMillis(), Optional.of(f.reason()));
            messages.update(message);
            listener.failed(new AnswerListener.Failed(message.id(), f.reason(), f.tried(), partial));
        }

        void crashed(RuntimeException e) {
            String reason = "the answer could not be generated: " + e.getMessage();
            if (message != null) {
                message = message.finished(text.toString(), text.length() > 0 ? MessageState.PARTIAL : MessageState.FAILED,
                        message.node().orElse(null), 0, 0, 0, 0, Optional.of(reason));
                messages.update(message);
            }
            listener.failed(new AnswerListener.Failed(message == null ? "" : message.id(), reason, List.of(), text.length() > 0));
        }
    }

    /** Keeps a failing listener (a browser that went away) from stopping the generation. */
    private static final class SafeListener implements AnswerListener {
        private final AnswerListener delegate;
        private volatile boolean attached = true;

        SafeListener(AnswerListener delegate) {
            this.delegate = delegate;
        }

        private void call(Runnable r) {
            if (!attached) return;
            try {
                r.run();
            } catch (RuntimeException e) {
                attached = false;
            }
        }

        public void route(String a, String d, RoutingDecision r) { call(() -> delegate.route(a, d, r)); }
        public void token(String t) { call(() -> delegate.token(t)); }
        public void failover(String f, String t, String r) { call(() -> delegate.failover(f, t, r)); }
        public void done(Done d) { call(() -> delegate.done(d)); }
        public void failed(Failed f) { call(() -> delegate.failed(f)); }
    }
}
