package aura.application.chat;

import aura.application.auth.Caller;
import aura.application.routing.Dispatches;
import aura.application.routing.PlanRoute;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.Conversation;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.MessageState;
import aura.domain.chat.Persona;
import aura.domain.mesh.Heartbeat;
import aura.domain.mesh.NodeSettings;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import aura.domain.routing.Candidate;
import aura.domain.routing.RouteRequest;
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
 * The heart of chat. The person's message is stored before anything else; then, on a thread of its own (so a
 * browser that disconnects does not stop it), the router picks a node, the answer streams from it and is flushed
 * to the database as it grows. If that node fails or stalls, the next-best candidate continues the same answer:
 * it receives the partial answer as a final assistant turn and continues it, so the text has no seam. An answer
 * that could not finish is kept as partial (or failed) with the nodes tried and why.
 */
@Singleton
public class SendMessage {
    private static final long FLUSH_EVERY_NANOS = 500_000_000L;

    private final Conversations conversations;
    private final ChatMessages messages;
    private final Personas personas;
    private final PlanRoute planRoute;
    private final RunGeneration local;
    private final PeerGeneration peers;
    private final Dispatches dispatches;
    private final ChatSettings chatSettings;
    private final NodeSettings node;
    private final Clock clock;
    private final ExecutorService generations = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "generation");
        t.setDaemon(true);
        return t;
    });

    public SendMessage(Conversations conversations, ChatMessages messages, Personas personas, PlanRoute planRoute,
                       RunGeneration local, PeerGeneration peers, Dispatches dispatches, ChatSettings chatSettings,
                       NodeSettings node, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.personas = personas;
        this.planRoute = planRoute;
        this.local = local;
        this.peers = peers;
        this.dispatches = dispatches;
        this.chatSettings = chatSettings;
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
        AnswerListener safe = new SafeListener(listener);
        generations.execute(() -> {
            try {
                new Answer(conversation, request, safe).generate();
            } catch (RuntimeException e) {
                safe.failed(new AnswerListener.Failed("", "the answer could not be generated: " + e.getMessage(), List.of(), false));
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

    /** One answer being generated, possibly over several nodes. */
    private final class Answer {
        private final Conversation conversation;
        private final GenerationRequest request;
        private final AnswerListener listener;
        private final StringBuilder text = new StringBuilder();
        private final long started = System.nanoTime();
        private long firstTokenNanos = -1;
        private long lastFlush = System.nanoTime();
        private ChatMessage message;

        Answer(Conversation conversation, GenerationRequest request, AnswerListener listener) {
            this.conversation = conversation;
            this.request = request;
            this.listener = listener;
        }

        void generate() {
            var route = planRoute.plan(new RouteRequest(request.model(), request.maxTokens(), promptTokens()));
            var decision = route.decision();
            message = new ChatMessage(UUID.randomUUID().toString(), conversation.id(), messages.nextSeq(conversation.id()),
                    ChatTurn.Speaker.ASSISTANT, "", MessageState.STREAMING, decision.chosen(), Optional.of(request.model()),
                    0, 0, 0, 0, Optional.of(route.decisionId()), Optional.empty(), clock.instant());
            messages.add(message);
            listener.route(message.id(), route.decisionId(), decision);
            List<String> tried = new ArrayList<>();
            decision.excluded().forEach(tried::add);
            int prompt = 0;
            int output = 0;
            String previous = null;
            for (Candidate candidate : decision.candidates()) {
                String target = candidate.node();
                if (previous != null) listener.failover(previous, target, tried.get(tried.size() - 1));
                Object dispatch = dispatches.sent(target);
                try {
                    GenerationOutcome outcome = run(target, route.reachable().get(target));
                    prompt += outcome.promptTokens();
                    output += outcome.outputTokens();
                    finish(target, prompt, output, route.decisionId());
                    return;
                } catch (BackendFailure e) {
                    tried.add(target + ": " + e.getMessage());
                    previous = target;
                } finally {
                    dispatches.finished(dispatch);
                }
            }
            fail(tried, route.decisionId());
        }

        private GenerationOutcome run(String target, Heartbeat peer) {
            GenerationRequest attempt = text.length() == 0 ? request : request.continuing(text.toString());
            Cancellation cancel = new Cancellation();
            if (target.equals(node.identity().name())) return local.run(attempt, this::token, cancel);
            if (peer == null) throw new BackendFailure("no live heartbeat");
            try (StallWatch watch = new StallWatch(cancel, chatSettings.firstTokenTimeout(), chatSettings.stallTimeout())) {
                return peers.generate(peer.address(), peer.port(), attempt, watch.watching(this::token), cancel);
            }
        }

        private void token(String piece) {
            long now = System.nanoTime();
            if (firstTokenNanos < 0) firstTokenNanos = now;
            text.append(piece);
            listener.token(piece);
            if (now - lastFlush > FLUSH_EVERY_NANOS) {
                lastFlush = now;
                message = message.withProgress(text.toString(), MessageState.STREAMING, message.node());
                messages.update(message);
            }
        }

        private void finish(String servedBy, int prompt, int output, String decisionId) {
            long total = millisSince(started);
            long first = firstTokenNanos < 0 ? total : (firstTokenNanos - started) / 1_000_000;
            message = message.finished(text.toString(), MessageState.COMPLETE, servedBy, prompt, output, first, total, Optional.empty());
            messages.update(message);
            planRoute.completed(decisionId, request.model(), Optional.of(servedBy), output, total / 1000.0, "completed");
            listener.done(new AnswerListener.Done(message.id(), servedBy, request.model(), prompt, output, first, total));
        }

        private void fail(List<String> tried, String decisionId) {
            boolean partial = text.length() > 0;
            String reason = tried.isEmpty() ? "no node of the mesh serves model " + request.model()
                    : "no node could finish the answer (" + String.join("; ", tried) + ")";
            long total = millisSince(started);
            message = message.finished(text.toString(), partial ? MessageState.PARTIAL : MessageState.FAILED,
                    message.node().orElse(null), 0, 0, firstTokenNanos < 0 ? 0 : (firstTokenNanos - started) / 1_000_000,
                    total, Optional.of(reason));
            messages.update(message);
            planRoute.completed(decisionId, request.model(), Optional.empty(), 0, total / 1000.0, reason);
            listener.failed(new AnswerListener.Failed(message.id(), reason, tried, partial));
        }

        private int promptTokens() {
            return request.turns().stream().mapToInt(t -> t.content().length()).sum() / 4;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
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

        public void route(String a, String d, aura.domain.routing.RoutingDecision r) { call(() -> delegate.route(a, d, r)); }
        public void token(String t) { call(() -> delegate.token(t)); }
        public void failover(String f, String t, String r) { call(() -> delegate.failover(f, t, r)); }
        public void done(Done d) { call(() -> delegate.done(d)); }
        public void failed(Failed f) { call(() -> delegate.failed(f)); }
    }
}
