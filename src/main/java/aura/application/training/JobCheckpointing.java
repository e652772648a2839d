package aura.application.training;

import aura.application.lnn.Checkpointing;
import aura.application.lnn.TrainingProgress;
import aura.application.lnn.TrainingStopped;
import aura.application.training.port.Checkpoints;
import aura.application.training.port.TrainingJobs;
import aura.domain.lnn.TrainerState;
import aura.domain.lnn.TrainerStateCodec;
import aura.domain.training.JobClaim;
import aura.domain.training.JobProgress;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One claim's link between the trainer and the queue: checkpoints and progress go to the shared database under the
 * claim's fence, and the run stops (without writing more) as soon as the queue refuses a write, the lease is
 * lost, or the node asks its runner to stop.
 */
final class JobCheckpointing implements Checkpointing, TrainingProgress {
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);

    private final JobClaim claim;
    private final TrainingJobs jobs;
    private final Checkpoints checkpoints;
    private final Clock clock;
    private final TrainingQueueSettings settings;
    private final Optional<TrainerState> resume;
    private final BooleanSupplier leaseHeld;
    private final BooleanSupplier keepGoing;
    private final long attemptStart = System.nanoTime();
    private Double startFraction;
    private Instant lastReport = Instant.EPOCH;
    private JobProgress last;

    JobCheckpointing(JobClaim claim, JobsAndCheckpoints store, Clock clock, TrainingQueueSettings settings,
                     Optional<TrainerState> resume, BooleanSupplier leaseHeld, BooleanSupplier keepGoing) {
        this.claim = claim;
        this.jobs = store.jobs();
        this.checkpoints = store.checkpoints();
        this.clock = clock;
        this.settings = settings;
        this.resume = resume;
        this.leaseHeld = leaseHeld;
        this.keepGoing = keepGoing;
        this.last = claim.job().progress();
    }

    /** The two ports a runner writes to. */
    record JobsAndCheckpoints(TrainingJobs jobs, Checkpoints checkpoints) {
    }

    JobProgress last() {
        return last;
    }

    @Override
    public Optional<TrainerState> resumeFrom() {
        return resume;
    }

    @Override
    public int every() {
        return settings.checkpointEvery();
    }

    @Override
    public void save(TrainerState state) {
        if (!checkpoints.save(claim, state.step(), encode(state), settings.keep(), clock.instant())) {
            throw new TrainingStopped("job " + claim.jobId() + " was cancelled or claimed by another node");
        }
    }

    @Override
    public void afterStep(long step, double fractionDone) {
        if (!leaseHeld.getAsBoolean()) {
            throw new TrainingStopped("this node lost the lease of job " + claim.jobId());
        }
        if (!keepGoing.getAsBoolean()) {
            throw new TrainingStopped("this node is stopping");
        }
        if (startFraction == null) {
            startFraction = fractionDone;
        }
        Instant now = clock.instant();
        if (Duration.between(lastReport, now).compareTo(REPORT_EVERY) >= 0) {
            int epochs = claim.job().request().epochs();
            int epoch = Math.min(epochs, (int) Math.floor(fractionDone * epochs) + 1);
            report(new JobProgress(fractionDone, epoch, last.loss(), last.valLoss(), eta(fractionDone)), now);
        }
    }

    @Override
    public void epochFinished(EpochReport r) {
        double fraction = Math.min(1, (double) r.epoch() / r.epochs());
        report(new JobProgress(fraction, r.epoch(), r.trainingLoss(), r.validationLoss(), eta(fraction)),
                clock.instant());
    }

    private void report(JobProgress progress, Instant now) {
        if (!jobs.report(claim, progress, now)) {
            throw new TrainingStopped("job " + claim.jobId() + " was cancelled or claimed by another node");
        }
        last = progress;
        lastReport = now;
    }

    /** Seconds left at this attempt's pace so far; null until it has done some work. */
    private Long eta(double fraction) {
        double start = startFraction == null ? 0 : startFraction;
        if (fraction <= start) {
            return null;
        }
        double elapsed = (System.nanoTime() - attemptStart) / 1e9;
        return Math.round(elapsed / (fraction - start) * (1 - fraction));
    }

    private static byte[] encode(TrainerState state) {
        try {
            var bytes = new ByteArrayOutputStream();
            TrainerStateCodec.write(state, new DataOutputStream(bytes));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
