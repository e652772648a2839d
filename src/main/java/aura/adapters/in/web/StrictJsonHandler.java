package aura.adapters.in.web;

import aura.domain.problem.InvalidInput;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.context.annotation.BootstrapContextCompatible;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.MessageBodyHandler;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonFeatures;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.CustomizableJsonHandler;
import io.micronaut.json.body.JsonMessageHandler;
import io.micronaut.http.netty.body.NettyJsonHandler;
import io.micronaut.http.body.ChunkedMessageBodyReader;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.core.io.buffer.ByteBufferFactory;
import org.reactivestreams.Publisher;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The framework's JSON body handler, made strict on the way in: a body is one JSON object and nothing else —
 * no text after it (which the framework would otherwise ignore), no nesting deeper than any request needs, no
 * NUL character in a key. The body is tokenised once before it is bound, so a refused body never reaches a use
 * case. Writing is the framework's, unchanged: this wraps Micronaut's Netty JSON handler (internal to Micronaut,
 * so a Micronaut upgrade is checked by MalformedRequestsTest's trailing-text case).
 */
@Singleton
@Replaces(NettyJsonHandler.class)
@Order(JsonMessageHandler.ORDER)
@JsonMessageHandler.ProducesJson
@JsonMessageHandler.ConsumesJson
@BootstrapContextCompatible
final class StrictJsonHandler<T> implements MessageBodyHandler<T>, ChunkedMessageBodyReader<T>, CustomizableJsonHandler,
        ResponseBodyWriter<T> {
    static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
    private final NettyJsonHandler<T> framework;

    StrictJsonHandler(JsonMapper mapper) {
        this(new NettyJsonHandler<>(mapper));
    }

    private StrictJsonHandler(NettyJsonHandler<T> framework) {
        this.framework = framework;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return framework.isReadable(type, mediaType);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) throws CodecException {
        byte[] bytes = body.toByteArray();
        verify(bytes);
        return framework.read(type, mediaType, headers, new ByteArrayInputStream(bytes));
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) throws CodecException {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw new CodecException("the body could not be read", e);
        }
        verify(bytes);
        return framework.read(type, mediaType, headers, new ByteArrayInputStream(bytes));
    }

    /** A stream of JSON values (a {@code Publisher} body) is the framework's to split, and is not checked here. */
    @Override
    public Publisher<T> readChunked(Argument<T> type, MediaType mediaType, Headers headers,
                                    Publisher<ByteBuffer<?>> input) {
        return framework.readChunked(type, mediaType, headers, input);
    }

    /** Refuses anything but exactly one JSON object, naming the body as the field to fix. */
    static void verify(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInput("body", "the body must be a JSON object");
            }
            int depth = 1;
            while (depth > 0) {
                JsonToken t = parser.nextToken();
                if (t == null) throw new InvalidInput("body", "the body is not valid JSON: it ends too early");
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) depth++;
                else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) depth--;
                else if (t == JsonToken.FIELD_NAME && parser.currentName().indexOf('\0') >= 0) {
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

    @Override
    public StrictJsonHandler<T> createSpecific(Argument<T> type) {
        return this;
    }

    @Override
    public boolean isBlocking() {
        return framework.isBlocking();
    }

    @Override
    public ByteBuffer<?> writeTo(Argument<T> type, MediaType mediaType, T object, MutableHeaders headers,
                                 ByteBufferFactory<?, ?> bufferFactory) throws CodecException {
        return framework.writeTo(type, mediaType, object, headers, bufferFactory);
    }

    @Override
    public ByteBodyHttpResponse<?> write(ByteBodyFactory bodyFactory, HttpRequest<?> request,
                                         MutableHttpResponse<T> response, Argument<T> type, MediaType mediaType,
                                         T object) throws CodecException {
        return framework.write(bodyFactory, request, response, type, mediaType, object);
    }

    @Override
    public boolean isWriteable(Argument<T> type, MediaType mediaType) {
        return framework.isWriteable(type, mediaType);
    }

    @Override
    public void writeTo(Argument<T> type, MediaType mediaType, T object, MutableHeaders headers, OutputStream out)
            throws CodecException {
        framework.writeTo(type, mediaType, object, headers, out);
    }

    @Override
    public CloseableByteBody writePiece(ByteBodyFactory bodyFactory, HttpRequest<?> request, HttpResponse<?> response,
                                        Argument<T> type, MediaType mediaType, T object) throws CodecException {
        return framework.writePiece(bodyFactory, request, response, type, mediaType, object);
    }

    @Override
    @SuppressWarnings("unchecked")
    public CustomizableJsonHandler customize(JsonFeatures features) {
        return new StrictJsonHandler<>((NettyJsonHandler<T>) framework.customize(features));
    }
}
