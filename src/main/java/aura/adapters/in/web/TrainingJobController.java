package aura.adapters.in.web;

import aura.application.training.CancelTrainingJob;
import aura.application.training.ListTrainedModels;
import aura.application.training.ListTrainingJobs;
import aura.application.training.ShowLossCurve;
import aura.application.training.ShowTrainingJob;
import aura.application.training.StartTraining;
import aura.domain.problem.InvalidInput;
import aura.domain.training.TrainingData;
import aura.domain.training.TrainingKind;
import aura.domain.training.TrainingRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Training jobs, in the seed's API: start, status, the list, cancel, and the model versions they produced. */
@Controller("/api/training")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record TrainingJobController(StartTraining startTraining, ShowTrainingJob showJob, ListTrainingJobs listJobs,
                             CancelTrainingJob cancelJob, ListTrainedModels listModels, ShowLossCurve lossCurve) {
    /** {@code POST /api/training/start}; {@code units} and {@code window} are Aura's additions for kind lnn. */
    @Serdeable
    record StartBody(@Nullable String model_name, @Nullable String base_model, @Nullable String training_data,
                     @Nullable Integer epochs, @Nullable Double learning_rate, @Nullable String kind,
                     @Nullable List<String> columns, @Nullable Long seed, @Nullable Integer units,
                     @Nullable Integer window) {
        TrainingRequest request() {
            if (epochs == null) throw new InvalidInput("epochs", "epochs is required");
            if (learning_rate == null) throw new InvalidInput("learning_rate", "learning_rate is required");
            if (base_model == null) throw new InvalidInput("base_model", "base_model is required");
            return new TrainingRequest(model_name, base_model, TrainingData.parse(training_data),
                    TrainingKind.parse(kind), epochs, learning_rate, columns, seed == null ? 1L : seed,
                    units == null ? TrainingRequest.DEFAULT_UNITS : units,
                    window == null ? TrainingRequest.DEFAULT_WINDOW : window);
        }
    }

    @Post("/start")
    HttpResponse<TrainingViews.StartedView> start(Authentication auth, @Body StartBody body) {
        String id = startTraining.start(RequestContext.caller(auth), body.request());
        return HttpResponse.created(new TrainingViews.StartedView(id));
    }

    @Get("/status/{jobId}")
    TrainingViews.JobView status(Authentication auth, String jobId) {
        return TrainingViews.JobView.of(showJob.show(RequestContext.caller(auth), jobId));
    }

    @Get("/jobs")
    List<TrainingViews.JobView> jobs(Authentication auth) {
        return listJobs.list(RequestContext.caller(auth)).stream().map(TrainingViews.JobView::of).toList();
    }

    /** The job's loss curve: a point a progress report with a loss (Aura's addition to the seed's API). */
    @Get("/jobs/{jobId}/losses")
    List<TrainingViews.LossView> losses(Authentication auth, String jobId) {
        return lossCurve.show(RequestContext.caller(auth), jobId).stream().map(TrainingViews.LossView::of).toList();
    }

    @Post("/{jobId}/cancel")
    TrainingViews.JobView cancel(Authentication auth, String jobId) {
        return TrainingViews.JobView.of(cancelJob.cancel(RequestContext.caller(auth), jobId));
    }

    @Get("/models")
    List<TrainingViews.ModelView> models(Authentication auth) {
        return listModels.list(RequestContext.caller(auth)).stream().map(TrainingViews.ModelView::of).toList();
    }
}
