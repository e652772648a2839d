package aura.adapters.in.web;

import aura.domain.problem.InvalidInput;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.io.IOException;

/**
 * A JSON body is one JSON object and nothing else: no trailing text after it (which the framework would
 * ignore), no nesting deeper than any request needs, no NUL character in a key. Checked by tokenising once,
 * before the body is bound, so a refused body never reaches a use case.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class StrictJsonBodies {
    static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) return null;
        MediaType type = request.getContentType().orElse(null);
        if (type == null || !type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json")) return null;
        try {
            verify(body);
            return null;
        } catch (InvalidInput refused) {
            return ErrorAnswers.answer(request, ErrorAnswers.Answer.of(refused));
        }
    }

    static void verify(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) throw new InvalidInput("body", "the body must be a JSON object");
            for (JsonToken t = parser.nextToken(); parser.currentTokenLocation() != null && !(t == JsonToken.END_OBJECT
                    && parser.getParsingContext().inRoot()); t = parser.nextToken()) {
                if (t == null) throw new InvalidInput("body", "the body is not valid JSON: it ends too early");
                if (t == JsonToken.FIELD_NAME && parser.currentName().indexOf('\0') >= 0) {
                    throw new InvalidInput("body", "a key in the body contains a NUL character");
                }
            }
            if (parser.nextToken() != null) throw new InvalidInput("body", "the body has text after its JSON object");
        } catch (JsonProcessingException e) {
            throw new InvalidInput("body", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInput("body", "the body could not be read");
        }
    }
}
