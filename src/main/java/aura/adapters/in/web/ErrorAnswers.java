package aura.adapters.in.web;

import aura.domain.problem.Refusal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import io.micronaut.serde.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one place where a refusal or a failure becomes an HTTP answer. Every door answers with its own clients'
 * error shape: the API's {@code {"error", "field"}}, OpenAI's {@code {"error": {"message", "type", "param",
 * "code"}}} under {@code /v1}, Ollama's {@code {"error"}} under {@code /ollama}. Internal errors say only that
 * they happened and the request id under which the trace was logged, never what the server was doing.
 */
final class ErrorAnswers {
    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);
    private ErrorAnswers() {
    }

    /** What the caller is told: status, a sentence, the field to fix and how long to wait, when known. */
    record Answer(HttpStatus status, String message, @Nullable String field, @Nullable Duration retryAfter,
                  @Nullable String requestId) {
        static Answer of(Refusal refusal) {
            return new Answer(ErrorAnswers.status(refusal.kind()), refusal.getMessage(), refusal.field().orElse(null),
                    refusal.retryAfter().orElse(null), null);
        }
    }

    /** A failure that is not a refusal: its trace logged under a new request id, which the answer names. */
    static Answer internal(HttpRequest<?> request, HttpStatus status, @Nullable Throwable cause) {
        String id = UUID.randomUUID().toString();
        LOG.error("request {} {} failed with {} (request id {})", request.getMethodName(), request.getPath(),
                status.getCode(), id, cause);
        return new Answer(status, "internal error; the node logged it under request id " + id, null, null, id);
    }

    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** Writes {@code answer} onto {@code response} (which may already carry headers such as WWW-Authenticate). */
    static MutableHttpResponse<Object> write(HttpRequest<?> request, Answer answer, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> out = (MutableHttpResponse<Object>) response;
        out.status(answer.status());
        if (answer.retryAfter() != null) {
            long seconds = Math.max(1, (answer.retryAfter().toMillis() + 999) / 1000);
            out.header("Retry-After", Long.toString(seconds));
        }
        if (answer.requestId() != null) out.header("X-Request-Id", answer.requestId());
        out.contentType(MediaType.APPLICATION_JSON_TYPE);
        // Written as text: a refused route may produce another media type (NDJSON, SSE), whose encoder would
        // not take a map.
        return out.body(json(body(Door.of(request), answer)));
    }

    static MutableHttpResponse<Object> answer(HttpRequest<?> request, Answer answer) {
        return write(request, answer, HttpResponse.status(answer.status()));
    }

    /** The doors with an error shape of their own; everything else is the node's API. */
    enum Door {
        API, OPENAI, OLLAMA;

        static Door of(HttpRequest<?> request) {
            String path = request.getPath();
            if (path.equals("/v1") || path.startsWith("/v1/")) return OPENAI;
            if (path.equals("/ollama") || path.startsWith("/ollama/")) return OLLAMA;
            return API;
        }
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> body(Door door, Answer answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (door) {
            case OPENAI -> {
                Map<String, Object> inner = new LinkedHashMap<>();
                inner.put("message", answer.message());
                inner.put("type", openAiType(answer.status()));
                inner.put("param", answer.field());
                inner.put("code", openAiCode(answer.status()));
                body.put("error", inner);
            }
            case OLLAMA, API -> body.put("error", answer.message());
        }
        // Every door also names the field at the top, as the node's own API does.
        if (answer.field() != null) body.put("field", answer.field());
        if (answer.requestId() != null) body.put("requestId", answer.requestId());
        return body;
    }

    private static String openAiType(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, CONFLICT, REQUEST_ENTITY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE,
                 METHOD_NOT_ALLOWED, UNPROCESSABLE_ENTITY -> "invalid_request_error";
            case UNAUTHORIZED -> "authentication_error";
            case FORBIDDEN -> "permission_error";
            case NOT_FOUND -> "not_found_error";
            case TOO_MANY_REQUESTS -> "rate_limit_error";
            case SERVICE_UNAVAILABLE -> "service_unavailable";
            default -> status.getCode() >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    private static @Nullable String openAiCode(HttpStatus status) {
        return status == HttpStatus.SERVICE_UNAVAILABLE ? "mesh_unavailable" : null;
    }
}
