package aura.adapters.in.web;

import aura.application.chat.AnswerListener;
import aura.application.chat.ChatMemory;
import aura.application.chat.ContinueAnswer;
import aura.application.chat.SetTemperature;
import aura.application.chat.DeleteConversation;
import aura.application.chat.ListConversations;
import aura.application.chat.ListMeshModels;
import aura.application.chat.OpenConversation;
import aura.application.chat.PinTier;
import aura.application.chat.RenameConversation;
import aura.application.chat.SendMessage;
import aura.application.chat.StartConversation;
import aura.application.chat.SwitchNotes;
import aura.domain.problem.InvalidInput;
import aura.application.policy.AdmitGeneration;
import aura.domain.policy.Budget;
import aura.domain.policy.Tier;
import aura.domain.routing.RoutingDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Conversations and the streaming answer. {@code POST .../messages} answers with server-sent events: {@code context}
 * (the notes that went into the prompt, when any did), {@code route},
 * {@code token}..., {@code failover} when generation moved, then {@code done} or {@code error}; so does
 * {@code POST .../messages/{messageId}/continue}, which continues a partial answer. The generation does not depend
 * on this stream: a browser that goes away finds the whole answer stored later.
 */
@Controller("/api/chat")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record ChatController(StartConversation startConversation, ListConversations listConversations,
        OpenConversation openConversation, RenameConversation renameConversation,
        DeleteConversation deleteConversation, SendMessage sendMessage, ContinueAnswer continueAnswer,
        ListMeshModels listMeshModels, PinTier pinTier, SwitchNotes switchNotes, SetTemperature setTemperature) {
    @Serdeable
    record ModelView(String name, List<String> nodes) {
    }

    /** Every model some live node serves, with those nodes: what the model picker offers. */
    @Get("/models")
    List<ModelView> models() {
        return listMeshModels.list().stream().map(m -> new ModelView(m.name(), m.nodes())).toList();
    }

    @Serdeable
    record NewConversation(@Nullable String title, @Nullable String persona, @Nullable String model) {
    }

    @Serdeable
    record Rename(@Nullable String title) {
    }

    @Serdeable
    record NewMessage(@Nullable String content, @Nullable String model, @Nullable Integer maxTokens, @Nullable Double temperature) {
    }

    @Post("/conversations")
    HttpResponse<ChatViews.ConversationView> start(Authentication auth, @Nullable @Body NewConversation body) {
        var b = body == null ? new NewConversation(null, null, null) : body;
        var c = startConversation.start(RequestContext.caller(auth), b.title(), b.persona(), b.model());
        return HttpResponse.status(HttpStatus.CREATED).body(ChatViews.ConversationView.of(c, List.of(), true, null, Map.of()));
    }

    @Get("/conversations")
    List<ChatViews.ConversationView> list(Authentication auth) {
        return listConversations.list(RequestContext.caller(auth)).stream().map(c -> ChatViews.ConversationView.of(c, null)).toList();
    }

    @Get("/conversations/{id}")
    ChatViews.ConversationView open(Authentication auth, String id) {
        var opened = openConversation.open(RequestContext.caller(auth), id);
        var t = opened.temperature();
        return ChatViews.ConversationView.of(opened.conversation(), opened.messages(), opened.notes(),
                t.isPresent() ? t.getAsDouble() : null, opened.citations());
    }

    @Patch("/conversations/{id}")
    ChatViews.ConversationView rename(Authentication auth, String id, @Body Rename body) {
        return ChatViews.ConversationView.of(renameConversation.rename(RequestContext.caller(auth), id, body.title()), null);
    }

    @Delete("/conversations/{id}")
    HttpResponse<Void> delete(Authentication auth, String id) {
        deleteConversation.delete(RequestContext.caller(auth), id);
        return HttpResponse.noContent();
    }

    @Post(value = "/conversations/{id}/messages", produces = MediaType.TEXT_EVENT_STREAM)
    Flux<Event<Object>> send(Authentication auth, String id, @Body NewMessage body) {
        Sinks.Many<Event<Object>> events = Sinks.many().unicast().onBackpressureBuffer();
        var command = new SendMessage.Command(id, body.content(), Optional.ofNullable(body.model()),
                body.maxTokens() == null ? OptionalInt.empty() : OptionalInt.of(body.maxTokens()),
                body.temperature() == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(body.temperature()));
        sendMessage.send(RequestContext.caller(auth), command, new SseListener(events));
        return events.asFlux();
    }

    @Serdeable
    record TierPin(@Nullable String tier) {
    }

    /** Pins the conversation to a tier ({@code execution} or {@code strategic}), or unpins it ({@code null}). */
    @Put("/conversations/{id}/tier")
    TierPin pinTier(Authentication auth, String id, @Body TierPin body) {
        Optional<Tier> tier = Optional.ofNullable(body.tier()).map(t -> Tier.parse(t, "tier"));
        return new TierPin(pinTier.pin(RequestContext.caller(auth), id, tier).map(Tier::wireName).orElse(null));
    }

    @Serdeable
    record NotesSwitch(@Nullable Boolean notes) {
    }

    @Serdeable
    record TemperatureSetting(@Nullable Double temperature) {
    }

    /** Sets the conversation's temperature (0 to 2; at 0 answers may come from the cache), or removes it ({@code null}). */
    @Put("/conversations/{id}/temperature")
    TemperatureSetting temperature(Authentication auth, String id, @Body TemperatureSetting body) {
        var set = setTemperature.set(RequestContext.caller(auth), id, body == null || body.temperature() == null
                ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(body.temperature()));
        return new TemperatureSetting(set.isPresent() ? set.getAsDouble() : null);
    }

    /** Turns the person's notes on ({@code true}, the default) or off for this conversation's questions. */
    @Put("/conversations/{id}/notes")
    NotesSwitch switchNotes(Authentication auth, String id, @Nullable @Body NotesSwitch body) {
        if (body == null || body.notes() == null) throw new InvalidInput("notes", "notes must be true or false");
        return new NotesSwitch(switchNotes.turn(RequestContext.caller(auth), id, body.notes()));
    }

    @Serdeable
    record Continuation(@Nullable Integer maxTokens) {
    }

    @Post(value = "/conversations/{id}/messages/{messageId}/continue", produces = MediaType.TEXT_EVENT_STREAM)
    Flux<Event<Object>> resume(Authentication auth, String id, String messageId, @Nullable @Body Continuation body) {
        Sinks.Many<Event<Object>> events = Sinks.many().unicast().onBackpressureBuffer();
        Integer maxTokens = body == null ? null : body.maxTokens();
        var command = new ContinueAnswer.Command(id, messageId, maxTokens == null ? OptionalInt.empty() : OptionalInt.of(maxTokens));
        continueAnswer.resume(RequestContext.caller(auth), command, new SseListener(events));
        return events.asFlux();
    }

    @Serdeable
    record DoneView(String messageId, String node, String model, int promptTokens, int outputTokens,
                    long firstTokenMillis, long totalMillis) {
    }

    @Serdeable
    record FailedView(String messageId, String reason, List<String> tried, boolean partial) {
    }

    /** Turns the answer's progress into server-sent events. */
    private static final class SseListener implements AnswerListener {
        private final Sinks.Many<Event<Object>> events;
        /** Set on the caller's thread before the answer starts on its own. */
        private volatile AdmitGeneration.Admission admission;

        SseListener(Sinks.Many<Event<Object>> events) {
            this.events = events;
        }

        private void emit(String name, Object data) {
            events.tryEmitNext(Event.of(data).name(name));
        }

        /** A warning the person sees: their budget is nearly or wholly spent, or their request went to a cheaper model. */
        @Override
        public void admitted(AdmitGeneration.Admission a) {
            admission = a;
            if (a.budget().state() != Budget.State.WITHIN || a.downgraded()) emit("budget", PolicyViews.admission(a));
        }

        @Override
        public void context(List<ChatMemory.RecalledNote> notes) {
            emit("context", Map.of("notes", notes.stream()
                    .map(n -> new ChatViews.CitedNoteView(n.id(), n.title(), n.score())).toList()));
        }

        @Override
        public void route(String messageId, String decisionId, RoutingDecision decision) {
            Map<String, Object> route = new java.util.LinkedHashMap<>(Map.of("messageId", messageId, "decisionId", decisionId,
                    "route", RouteView.of(decision)));
            var a = admission;
            if (a != null) {
                route.put("tier", a.tier().map(Tier::wireName).orElse(null));
                route.put("score", a.score().value());
                route.put("modelFrom", a.source().name().toLowerCase(java.util.Locale.ROOT));
            }
            emit("route", route);
        }

        @Override
        public void token(String text) {
            emit("token", Map.of("text", text));
        }

        @Override
        public void failover(String fromNode, String toNode, String reason) {
            emit("failover", Map.of("from", fromNode, "to", toNode, "reason", reason));
        }

        @Override
        public void done(Done d) {
            emit("done", new DoneView(d.messageId(), d.node(), d.model(), d.promptTokens(), d.outputTokens(),
                    d.firstTokenMillis(), d.totalMillis()));
            events.tryEmitComplete();
        }

        @Override
        public void failed(Failed f) {
            emit("error", new FailedView(f.messageId(), f.reason(), f.tried(), f.partial()));
            events.tryEmitComplete();
        }
    }
}
