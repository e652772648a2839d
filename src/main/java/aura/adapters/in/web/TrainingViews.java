package aura.adapters.in.web;

import aura.domain.training.Dataset;
import aura.domain.training.ModelVersion;
import aura.domain.training.TrainingJob;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The training API's answers, in the seed's shapes (snake_case names, as its clients read them). */
final class TrainingViews {
    private TrainingViews() {
    }

    @Serdeable
    record DatasetView(String id, String name, int rows, List<String> columns, Instant created) {
        static DatasetView of(Dataset d) {
            return new DatasetView(d.id(), d.name(), d.rows(), d.columns(), d.created());
        }
    }

    @Serdeable
    record StartedView(String job_id) {
    }

    @Serdeable
    record JobView(String job_id, String model_name, String base_model, String kind, String training_data,
                   int epochs, double learning_rate, String status, double progress, int current_epoch,
                   @Nullable Double loss, @Nullable Double val_loss, @Nullable Double eta_minutes,
                   @Nullable String node, int attempt, int checkpoints, @Nullable String error, Instant created,
                   @Nullable Instant started, Instant updated) {
        static JobView of(TrainingJob j) {
            var r = j.request();
            var p = j.progress();
            Double eta = p.etaSeconds() == null ? null : Math.round(p.etaSeconds() / 6.0) / 10.0;
            return new JobView(j.id(), r.modelName(), r.baseModel(), r.kind().wireName(), r.data().wireName(),
                    r.epochs(), r.learningRate(), j.status().wireName(), p.progress(), p.currentEpoch(), p.loss(),
                    p.valLoss(), eta, j.node(), j.attempt(), j.checkpoints(), j.error(), j.created(), j.started(),
                    j.updated());
        }
    }

    @Serdeable
    record ModelView(String name, int version, String model, String job_id, String kind, String base_model,
                     Map<String, Double> metrics, Instant created) {
        static ModelView of(ModelVersion m) {
            return new ModelView(m.name(), m.version(), m.reference(), m.jobId(), m.kind().wireName(), m.baseModel(),
                    m.metrics(), m.created());
        }
    }

    @Serdeable
    record LossView(Instant at, int attempt, double progress, int epoch, double loss, @Nullable Double val_loss) {
        static LossView of(aura.domain.training.LossPoint p) {
            return new LossView(p.at(), p.attempt(), p.progress(), p.epoch(), p.loss(), p.valLoss());
        }
    }
}
