package aura.adapters.in.web;

import aura.application.tda.CompareDiagrams;
import aura.application.tda.ComputePersistence;
import aura.application.tda.DiagramComparison;
import aura.application.tda.PersistenceQuery;
import aura.domain.problem.InvalidInput;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.netty.channel.Channel;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Persistent homology and diagram distances over HTTP. The work stops when the client disconnects: the use cases
 * ask, from their inner loops, whether the connection is still open.
 */
@Controller("/api/tda")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record TdaController(ComputePersistence computePersistence, CompareDiagrams compareDiagrams, JsonMapper json) {
    @Post(value = "/persistence", consumes = MediaType.APPLICATION_JSON)
    PersistenceView persistence(@Body String body, HttpRequest<?> request) {
        PersistenceQuery query = PersistenceRequest.read(parse(body));
        return PersistenceView.of(computePersistence.compute(query, callerGone(request)), query.scale());
    }

    @Post(value = "/distance", consumes = MediaType.APPLICATION_JSON)
    DistanceView distance(@Body String body, HttpRequest<?> request) {
        DiagramComparison comparison = DistanceRequest.read(parse(body));
        return DistanceView.of(compareDiagrams.compare(comparison, callerGone(request)), comparison);
    }

    /** True once the client's connection has closed; never for a request that did not come over Netty. */
    private static BooleanSupplier callerGone(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) return () -> false;
        Channel channel = netty.getChannelHandlerContext().channel();
        return () -> !channel.isActive();
    }

    /** Our own parsing, so that malformed JSON gets the same error body as every other refusal. */
    private JsonNode parse(String body) {
        try {
            return json.readValue(body == null ? "" : body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("body", "the body is not valid JSON");
        }
    }
}
