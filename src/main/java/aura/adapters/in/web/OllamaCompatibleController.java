package aura.adapters.in.web;

import aura.application.chat.CompleteChat;
import aura.application.chat.ListMeshModels;
import aura.domain.chat.ChatTurn;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Ollama's API over the whole mesh, so Ollama clients and UIs can point at {@code http://node:3000/ollama}:
 * {@code POST /api/chat} and {@code POST /api/generate} (NDJSON stream, or one object with {@code stream: false}),
 * {@code GET /api/tags}, {@code POST /api/show}, {@code GET /api/ps}, {@code GET /api/version}, and {@code GET /}. Routed exactly like
 * the UI's chat. Like Ollama, the body is read as JSON whatever {@code Content-Type} says, and the answer's format
 * follows {@code stream}, whatever {@code Accept} says.
 */
@Controller("/ollama")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record OllamaCompatibleController(CompleteChat completeChat, ListMeshModels listMeshModels, ObjectMapper json) {
    /** The Ollama API version this door speaks; clients check it to know which endpoints exist. */
    static final String OLLAMA_VERSION = "0.12.0";

    @Serdeable
    record Message(@Nullable String role, @Nullable String content) {
    }

    @Serdeable
    record ChatRequest(@Nullable String model, @Nullable List<Message> messages, @Nullable Boolean stream,
                       @Nullable Map<String, Object> options) {
    }

    @Serdeable
    record GenerateRequest(@Nullable String model, @Nullable String prompt, @Nullable String system,
                           @Nullable Boolean stream, @Nullable Map<String, Object> options) {
    }

    @Serdeable
    record ShowRequest(@Nullable String model, @Nullable String name) {
    }

    /** What Ollama answers at its root; UIs check it to see the server is there. No login, as with Ollama. */
    @Get(value = "/", produces = MediaType.TEXT_PLAIN)
    @Secured(SecurityRule.IS_ANONYMOUS)
    String running() {
        return "Ollama is running";
    }

    @Get(value = "/api/tags", produces = MediaType.APPLICATION_JSON)
    Map<String, Object> tags() {
        return Map.of("models", listMeshModels.list().stream().map(OllamaViews::tag).toList());
    }

    @Get(value = "/api/ps", produces = MediaType.APPLICATION_JSON)
    Map<String, Object> ps() {
        return Map.of("models", listMeshModels.list().stream().filter(m -> !m.loadedOn().isEmpty()).map(OllamaViews::running).toList());
    }

    @Get(value = "/api/version", produces = MediaType.APPLICATION_JSON)
    Map<String, Object> version() {
        return Map.of("version", OLLAMA_VERSION);
    }

    @Post(value = "/api/show", produces = MediaType.APPLICATION_JSON, consumes = MediaType.ALL)
    Map<String, Object> show(@Body String raw) {
        ShowRequest body = read(raw, ShowRequest.class);
        String name = body.model() != null ? body.model() : body.name();
        if (name == null || name.isBlank()) throw new InvalidInput("model", "model is required");
        return OllamaViews.show(served(name));
    }

    @Post(value = "/api/chat", produces = {"application/x-ndjson", MediaType.APPLICATION_JSON, MediaType.ALL}, consumes = MediaType.ALL)
    HttpResponse<?> chat(Authentication auth, @Body String raw) {
        ChatRequest body = read(raw, ChatRequest.class);
        List<ChatTurn> turns = MessageTurns.of(body.messages(),
                m -> new ChatTurn(InternalController.speaker(m.role()), m.content() == null ? "" : m.content()));
        return answer(RequestContext.caller(auth), body.model(), turns, body.stream(), body.options(), OllamaAnswer.Shape.CHAT);
    }

    @Post(value = "/api/generate", produces = {"application/x-ndjson", MediaType.APPLICATION_JSON, MediaType.ALL}, consumes = MediaType.ALL)
    HttpResponse<?> generate(Authentication auth, @Body String raw) {
        GenerateRequest body = read(raw, GenerateRequest.class);
        if (body.prompt() == null || body.prompt().isBlank()) throw new InvalidInput("prompt", "prompt is required");
        List<ChatTurn> turns = new ArrayList<>();
        if (body.system() != null && !body.system().isBlank()) turns.add(new ChatTurn(ChatTurn.Speaker.SYSTEM, body.system()));
        turns.add(new ChatTurn(ChatTurn.Speaker.USER, body.prompt()));
        return answer(RequestContext.caller(auth), body.model(), turns, body.stream(), body.options(), OllamaAnswer.Shape.GENERATE);
    }

    private HttpResponse<?> answer(aura.application.auth.Caller caller, @Nullable String model, List<ChatTurn> turns, @Nullable Boolean streamed,
                                   @Nullable Map<String, Object> options, OllamaAnswer.Shape shape) {
        if (model == null || model.isBlank()) throw new InvalidInput("model", "model is required");
        if (!model.equals(CompleteChat.AUTO)) served(model); // "auto": the tier's model for the question
        OptionalInt maxTokens = OptionalInt.empty();
        if (options != null && options.get("num_predict") instanceof Number n && n.intValue() > 0) maxTokens = OptionalInt.of(n.intValue());
        java.util.OptionalDouble temperature = options != null && options.get("temperature") instanceof Number t
                ? java.util.OptionalDouble.of(t.doubleValue()) : java.util.OptionalDouble.empty();
        boolean stream = streamed == null || streamed;
        var answer = new OllamaAnswer(json, shape, model, maxTokens, stream);
        completeChat.complete(caller, model, turns, maxTokens, temperature, answer);
        if (stream) return HttpResponse.ok(answer.lines()).contentType("application/x-ndjson");
        return HttpResponse.ok(answer.whole()).contentType(MediaType.APPLICATION_JSON);
    }

    /** Like Ollama, the body is JSON whatever Content-Type says ({@code curl -d} sends a form's). */
    private <T> T read(String raw, Class<T> type) {
        if (raw == null || raw.isBlank()) throw new InvalidInput("body", "the body must be a JSON object");
        StrictJsonHandler.verify(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            T body = json.readValue(raw, type);
            if (body == null) throw new InvalidInput("body", "the body must be a JSON object");
            return body;
        } catch (IOException e) {
            var wrong = FrameworkErrorBodies.inChain(e, StrictJsonValues.WrongValue.class);
            if (wrong != null) throw new InvalidInput(wrong.field(), wrong.getMessage().strip());
            throw new InvalidInput("body", "the body is not valid JSON: " + e.getMessage());
        }
    }

    /** Like Ollama: a model no node of the mesh serves is a 404 {@code model 'x' not found}. */
    private ListMeshModels.MeshModel served(String name) {
        return listMeshModels.list().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("model '" + name + "' not found"));
    }
}
