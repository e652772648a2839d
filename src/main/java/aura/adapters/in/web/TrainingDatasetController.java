package aura.adapters.in.web;

import aura.application.training.AddDataset;
import aura.application.training.ListDatasets;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/** Training datasets: upload a CSV or JSON-lines table, list them. */
@Controller("/api/training/datasets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record TrainingDatasetController(AddDataset addDataset, ListDatasets listDatasets) {
    @Post(consumes = {DatasetBodies.CSV, DatasetBodies.NDJSON})
    HttpResponse<TrainingViews.DatasetView> add(Authentication auth, HttpRequest<?> request,
                                                @Nullable @QueryValue String name, @Body byte[] body) {
        String type = request.getContentType().map(t -> t.getName()).orElse(DatasetBodies.CSV);
        var table = DatasetBodies.read(type, body);
        return HttpResponse.created(TrainingViews.DatasetView.of(
                addDataset.add(RequestContext.caller(auth).userId(), name, table)));
    }

    @Get
    List<TrainingViews.DatasetView> list(Authentication auth) {
        return listDatasets.list(RequestContext.caller(auth)).stream().map(TrainingViews.DatasetView::of).toList();
    }
}
