package aura.adapters.in.web;

import aura.application.tda.CompareDiagrams;
import aura.application.tda.ComputePersistence;
import aura.application.tda.DiagramComparison;
import aura.application.tda.PersistenceQuery;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;

/** Persistent homology and diagram distances over HTTP; bad input gets a JSON body naming the field. */
@Controller("/api/tda")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TdaController {
    private final ComputePersistence computePersistence;
    private final CompareDiagrams compareDiagrams;
    private final JsonMapper json;

    TdaController(ComputePersistence computePersistence, CompareDiagrams compareDiagrams, JsonMapper json) {
        this.computePersistence = computePersistence;
        this.compareDiagrams = compareDiagrams;
        this.json = json;
    }

    @Post(value = "/persistence", consumes = MediaType.APPLICATION_JSON)
    PersistenceView persistence(@Body String body) {
        PersistenceQuery query = PersistenceRequest.read(parse(body));
        return PersistenceView.of(computePersistence.compute(query), query.scale());
    }

    @Post(value = "/distance", consumes = MediaType.APPLICATION_JSON)
    DistanceView distance(@Body String body) {
        DiagramComparison comparison = DistanceRequest.read(parse(body));
        return DistanceView.of(compareDiagrams.compare(comparison), comparison);
    }

    /** Our own parsing, so that malformed JSON gets the same error body as every other refusal. */
    private JsonNode parse(String body) {
        try {
            return json.readValue(body == null ? "" : body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidTdaRequest(null, "the body is not valid JSON");
        }
    }

    @Error(exception = IllegalArgumentException.class)
    HttpResponse<TdaErrorView> refused(IllegalArgumentException e) {
        if (e instanceof InvalidTdaRequest invalid) {
            return HttpResponse.<TdaErrorView>status(HttpStatus.valueOf(invalid.status()))
                    .body(new TdaErrorView(invalid.getMessage(), invalid.field()));
        }
        return HttpResponse.badRequest(new TdaErrorView(e.getMessage(), null));
    }
}
