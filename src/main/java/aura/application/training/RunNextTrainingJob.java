package aura.application.training;

import aura.application.lnn.CellKind;
import aura.application.lnn.MetricSeries;
import aura.application.lnn.TrainForecaster;
import aura.application.lnn.TrainForecasterCommand;
import aura.application.lnn.TrainingSettings;
import aura.application.lnn.TrainingStopped;
import aura.application.node.ThisNode;
import aura.application.training.port.Checkpoints;
import aura.application.training.port.ExternalTrainer;
import aura.application.training.port.TrainedModels;
import aura.application.training.port.TrainingJobs;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.LnnModelCodec;
import aura.domain.lnn.TrainerState;
import aura.domain.lnn.TrainerStateCodec;
import aura.domain.problem.Refusal;
import aura.domain.training.AdapterFiles;
import aura.domain.training.DatasetTable;
import aura.domain.training.PromptPair;
import aura.domain.training.TrainingKind;
import aura.domain.training.JobClaim;
import aura.domain.training.TrainingRequest;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Claims the oldest waiting job (or one whose runner's lease ran out) and trains it here to its end: from the last
 * checkpoint of an earlier attempt when there is one, checkpointing every N steps, renewing the lease every third
 * of it, and storing the result as the next version of the job's model. A job whose data cannot be trained fails
 * with the reason; a run that is cancelled, loses its lease or is asked to stop ends without writing more.
 */
@Singleton
public record RunNextTrainingJob(TrainingJobs jobs, JobData data, Checkpoints checkpoints, TrainedModels models,
                                 TrainForecaster trainForecaster, ExternalTrainer externalTrainer, ThisNode thisNode,
                                 Clock clock, TrainingQueueSettings settings) {
    /** What one call did: the job it ran (none when the queue was empty) and how that ended. */
    public record Outcome(String jobId, String ended) {
    }

    /** @param keepGoing asked after every step; false stops the run and leaves the job to another node */
    public Optional<Outcome> runNext(BooleanSupplier keepGoing) {
        var now = clock.instant();
        Set<TrainingKind> kinds = externalTrainer.available() ? EnumSet.allOf(TrainingKind.class)
                : EnumSet.of(TrainingKind.LNN);
        Optional<JobClaim> claimed = jobs.claim(thisNode.name(), kinds, now, now.plus(settings.lease()));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        JobClaim claim = claimed.get();
        AtomicBoolean held = new AtomicBoolean(true);
        ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "training-lease-" + claim.jobId());
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, settings.lease().toMillis() / 3);
        renewals.scheduleAtFixedRate(() -> renew(claim, held), period, period, TimeUnit.MILLISECONDS);
        try {
            return Optional.of(new Outcome(claim.jobId(), claim.job().request().kind() == TrainingKind.LORA
                    ? trainLora(claim, held, keepGoing) : train(claim, held, keepGoing)));
        } catch (TrainingStopped stopped) {
            return Optional.of(new Outcome(claim.jobId(), "stopped: " + stopped.getMessage()));
        } catch (Refusal refused) {
            jobs.fail(claim, refused.getMessage(), clock.instant());
            return Optional.of(new Outcome(claim.jobId(), "failed: " + refused.getMessage()));
        } catch (RuntimeException e) {
            if (!keepGoing.getAsBoolean()) {
                return Optional.of(new Outcome(claim.jobId(), "stopped with the node: " + e));
            }
            jobs.fail(claim, "training failed: " + e, clock.instant());
            throw e;
        } finally {
            renewals.shutdownNow();
        }
    }

    private void renew(JobClaim claim, AtomicBoolean held) {
        try {
            var now = clock.instant();
            if (!jobs.renew(claim, now.plus(settings.lease()), now)) {
                held.set(false);
            }
        } catch (RuntimeException unreachable) {
            // the database is away for a moment: the next renewal tries again before the lease runs out
        }
    }

    private String train(JobClaim claim, AtomicBoolean held, BooleanSupplier keepGoing) {
        TrainingRequest r = claim.job().request();
        DatasetTable table = data.table(claim.job(), true);
        List<String> columns = r.columns().isEmpty() ? table.columns() : r.columns();
        MetricSeries series = new MetricSeries(columns, table.numbers(columns));
        TrainingSettings s = TrainingSettings.defaults(CellKind.parse(r.baseModel())).withUnits(r.units())
                .withWindow(r.window()).withEpochs(r.epochs()).withLearningRate(r.learningRate()).withSeed(r.seed())
                .withPatience(r.epochs());
        Optional<TrainerState> resume = checkpoints.latest(claim.jobId()).map(RunNextTrainingJob::decode);
        var link = new JobCheckpointing(claim, new JobCheckpointing.JobsAndCheckpoints(jobs, checkpoints), clock,
                settings, resume, held::get, keepGoing);
        LnnModel model = trainForecaster.train(new TrainForecasterCommand(series, columns, s, 1.0, link, link));
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (link.last().loss() != null) metrics.put("loss", link.last().loss());
        if (link.last().valLoss() != null) metrics.put("val_loss", link.last().valLoss());
        double[] residuals = model.calibration().residualStd();
        for (int o = 0; o < residuals.length; o++) {
            metrics.put("residual_std." + model.targets().get(o), residuals[o]);
        }
        metrics.put("rows", (double) series.length());
        var version = models.complete(claim, link.last(), metrics, encode(model), clock.instant());
        return version.map(v -> "completed as " + v.reference()).orElse("stopped: cancelled or claimed elsewhere");
    }

    /** Exports the job's pairs, runs the node's trainer command from the last checkpoint, stores the adapter. */
    private String trainLora(JobClaim claim, AtomicBoolean held, BooleanSupplier keepGoing) {
        List<PromptPair> pairs = data.pairs(claim.job(), true);
        var events = new LoraJobEvents(claim, new JobCheckpointing.JobsAndCheckpoints(jobs, checkpoints), clock,
                settings.keep(), held::get, keepGoing);
        var run = new ExternalTrainer.Run(claim.jobId(), claim.job().request(),
                JobData.split(pairs, PromptPair.Split.TRAIN), JobData.split(pairs, PromptPair.Split.VALIDATION),
                JobData.split(pairs, PromptPair.Split.TEST), checkpoints.latest(claim.jobId()));
        AdapterFiles adapter;
        try {
            adapter = new AdapterFiles(externalTrainer.train(run, events));
        } catch (IllegalArgumentException | IllegalStateException failed) {
            if (!events.keepGoing()) throw new TrainingStopped("the trainer stopped with its run: " + failed.getMessage());
            throw new aura.domain.problem.InvalidInput("trainer", failed.getMessage());
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (events.last().loss() != null) metrics.put("loss", events.last().loss());
        if (events.last().valLoss() != null) metrics.put("val_loss", events.last().valLoss());
        metrics.put("train_pairs", (double) run.train().size());
        metrics.put("validation_pairs", (double) run.validation().size());
        metrics.put("test_pairs", (double) run.test().size());
        var version = models.complete(claim, events.last(), metrics, adapter.encode(), clock.instant());
        return version.map(v -> "completed as " + v.reference()).orElse("stopped: cancelled or claimed elsewhere");
    }

    private static TrainerState decode(byte[] bytes) {
        try {
            return TrainerStateCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored checkpoint does not read back", e);
        }
    }

    private static byte[] encode(LnnModel model) {
        try {
            var bytes = new ByteArrayOutputStream();
            LnnModelCodec.write(model, new DataOutputStream(bytes));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
