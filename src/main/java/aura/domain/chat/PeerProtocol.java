package aura.domain.chat;

import aura.domain.problem.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The protocol between the nodes of a mesh, one definition for the side that calls and the side that answers.
 * Every call carries the mesh credential in {@link #CREDENTIAL_HEADER}. {@code POST} {@link #GENERATE} takes
 * {@code {"model", "messages": [{"role", "content"}], "maxTokens"?, "temperature"?}} and answers a stream of JSON lines:
 * {@code {"t": text}} per token, then {@code {"done": true, "promptTokens": n, "outputTokens": n}} or
 * {@code {"error": why}}. {@code GET} {@link #PING} answers {@code pong}. JSON itself is the adapters' business;
 * here are the fields.
 */
public final class PeerProtocol {
    public static final String CREDENTIAL_HEADER = "X-Aura-Mesh";
    public static final String GENERATE = "/internal/generate";
    public static final String PING = "/internal/ping";

    private PeerProtocol() {
    }

    /** One line of a streamed answer. */
    public sealed interface Line permits Token, Done, Failed {
    }

    public record Token(String text) implements Line {
    }

    public record Done(int promptTokens, int outputTokens) implements Line {
    }

    public record Failed(String reason) implements Line {
    }

    public static Map<String, Object> request(GenerationRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", request.model());
        body.put("messages", request.turns().stream().map(t -> Map.of("role", t.role(), "content", t.content())).toList());
        request.maxTokens().ifPresent(n -> body.put("maxTokens", n));
        request.temperature().ifPresent(t -> body.put("temperature", t));
        return body;
    }

    /** The request a caller sent; what is missing or wrong is refused naming the field. */
    public static GenerationRequest request(Map<String, ?> body) {
        if (!(body.get("model") instanceof String model) || model.isBlank()) throw new InvalidInput("model", "model is required");
        if (!(body.get("messages") instanceof List<?> messages) || messages.isEmpty()) {
            throw new InvalidInput("messages", "messages are required");
        }
        List<ChatTurn> turns = new ArrayList<>();
        for (Object m : messages) {
            if (!(m instanceof Map<?, ?> message)) throw new InvalidInput("messages", "a message must be an object");
            Object content = message.get("content");
            turns.add(new ChatTurn(speaker(message.get("role")), content == null ? "" : content.toString()));
        }
        Object max = body.get("maxTokens");
        if (max != null && !(max instanceof Number)) throw new InvalidInput("maxTokens", "maxTokens must be a number");
        Object temperature = body.get("temperature");
        if (temperature != null && !(temperature instanceof Number)) throw new InvalidInput("temperature", "temperature must be a number");
        return new GenerationRequest(model, turns, max == null ? OptionalInt.empty() : OptionalInt.of(((Number) max).intValue()),
                temperature == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(((Number) temperature).doubleValue()));
    }

    /** A role as OpenAI, Ollama and this protocol name it. */
    public static ChatTurn.Speaker speaker(Object role) {
        try {
            return ChatTurn.Speaker.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("messages", "role must be system, user or assistant (got '" + role + "')");
        }
    }

    public static Map<String, Object> fields(Line line) {
        if (line instanceof Token t) return Map.of("t", t.text());
        if (line instanceof Done d) return Map.of("done", true, "promptTokens", d.promptTokens(), "outputTokens", d.outputTokens());
        return Map.of("error", ((Failed) line).reason());
    }

    public static Line line(Map<String, ?> fields) {
        if (fields.get("t") instanceof String text) return new Token(text);
        if (fields.get("error") != null) return new Failed(String.valueOf(fields.get("error")));
        if (Boolean.TRUE.equals(fields.get("done"))) return new Done(count(fields.get("promptTokens")), count(fields.get("outputTokens")));
        return new Failed("a peer sent a line the protocol does not know: " + fields.keySet());
    }

    private static int count(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
