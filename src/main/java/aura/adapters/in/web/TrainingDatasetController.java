package aura.adapters.in.web;

import aura.application.training.AddDataset;
import aura.application.training.ListDatasets;
import aura.domain.problem.InvalidInput;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Training datasets: upload a CSV or JSON-lines table, list them. The upload is the one route whose body may be
 * large ({@code aura.training.max-dataset-size}, 100 MB by default): it reads the body as a stream, so the server's
 * buffered-body limit ({@code micronaut.server.max-request-buffer-size}) keeps every other route's small.
 */
@Controller("/api/training/datasets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record TrainingDatasetController(AddDataset addDataset, ListDatasets listDatasets,
                                 @Property(name = "aura.training.max-dataset-size", defaultValue = "100MB")
                                 @ReadableBytes int maxSize) {
    @Post(consumes = {DatasetBodies.CSV, DatasetBodies.NDJSON})
    HttpResponse<TrainingViews.DatasetView> add(Authentication auth, HttpRequest<?> request,
                                                @Nullable @QueryValue String name) {
        String type = request.getContentType().map(t -> t.getName()).orElse(DatasetBodies.CSV);
        var table = DatasetBodies.read(type, body(request));
        return HttpResponse.created(TrainingViews.DatasetView.of(
                addDataset.add(RequestContext.caller(auth).userId(), name, table)));
    }

    private byte[] body(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            throw new InvalidInput("body", "the dataset's body could not be read");
        }
        try (InputStream in = server.byteBody().toInputStream()) {
            byte[] body = in.readNBytes(maxSize + 1);
            if (body.length > maxSize) {
                throw new InvalidInput("body", "the dataset is over " + maxSize / (1024 * 1024) + " MB");
            }
            return body;
        } catch (IOException e) {
            throw new InvalidInput("body", "the dataset's body could not be read: " + e.getMessage());
        }
    }

    @Get
    List<TrainingViews.DatasetView> list(Authentication auth) {
        return listDatasets.list(RequestContext.caller(auth)).stream().map(TrainingViews.DatasetView::of).toList();
    }
}
