package aura.application.training;

import aura.application.lnn.TrainingStopped;
import aura.application.training.port.Checkpoints;
import aura.application.training.port.ExternalTrainer;
import aura.application.training.port.TrainingJobs;
import aura.domain.training.JobClaim;
import aura.domain.training.JobProgress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * One claim's link between an external trainer and the queue: its progress lines become the job's progress (at
 * most once a second, and at every line with a validation loss), its checkpoints go to the shared database under
 * the claim's fence, and the trainer is stopped as soon as the queue refuses a write or the lease is lost.
 */
final class LoraJobEvents implements ExternalTrainer.Events {
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);
    private final JobClaim claim;
    private final TrainingJobs jobs;
    private final Checkpoints checkpoints;
    private final Clock clock;
    private final int keep;
    private final BooleanSupplier leaseHeld;
    private final BooleanSupplier nodeGoesOn;
    private final long attemptStart = System.nanoTime();
    private Double startFraction;
    private Instant lastReport = Instant.EPOCH;
    private JobProgress last;

    LoraJobEvents(JobClaim claim, JobCheckpointing.JobsAndCheckpoints store, Clock clock, int keep,
                  BooleanSupplier leaseHeld, BooleanSupplier nodeGoesOn) {
        this.claim = claim;
        this.jobs = store.jobs();
        this.checkpoints = store.checkpoints();
        this.clock = clock;
        this.keep = keep;
        this.leaseHeld = leaseHeld;
        this.nodeGoesOn = nodeGoesOn;
        this.last = claim.job().progress();
    }

    JobProgress last() {
        return last;
    }

    @Override
    public void report(ExternalTrainer.Report r) {
        int epochs = claim.job().request().epochs();
        double fraction = r.progress() != null ? r.progress()
                : r.epoch() != null ? r.epoch() / epochs : last.progress();
        fraction = Math.max(0, Math.min(1, fraction));
        if (startFraction == null) startFraction = fraction;
        int epoch = r.epoch() != null ? Math.min(epochs, (int) Math.floor(r.epoch()) + 1) : last.currentEpoch();
        var progress = new JobProgress(fraction, epoch, r.loss() != null ? r.loss() : last.loss(),
                r.valLoss() != null ? r.valLoss() : last.valLoss(), eta(fraction));
        Instant now = clock.instant();
        if (r.valLoss() != null || Duration.between(lastReport, now).compareTo(REPORT_EVERY) >= 0) {
            if (!jobs.report(claim, progress, now)) {
                throw new TrainingStopped("job " + claim.jobId() + " was cancelled or claimed by another node");
            }
            lastReport = now;
        }
        last = progress;
    }

    @Override
    public void checkpoint(long step, byte[] archive) {
        if (!checkpoints.save(claim, step, archive, keep, clock.instant())) {
            throw new TrainingStopped("job " + claim.jobId() + " was cancelled or claimed by another node");
        }
    }

    @Override
    public boolean keepGoing() {
        return leaseHeld.getAsBoolean() && nodeGoesOn.getAsBoolean();
    }

    private Long eta(double fraction) {
        double start = startFraction == null ? 0 : startFraction;
        if (fraction <= start) return null;
        double elapsed = (System.nanoTime() - attemptStart) / 1e9;
        return Math.round(elapsed / (fraction - start) * (1 - fraction));
    }
}
