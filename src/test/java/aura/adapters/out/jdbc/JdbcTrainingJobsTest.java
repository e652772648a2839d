package aura.adapters.out.jdbc;

import aura.domain.training.DatasetTable;
import aura.domain.training.JobClaim;
import aura.domain.training.JobProgress;
import aura.domain.training.JobStatus;
import aura.domain.training.TrainingData;
import aura.domain.training.TrainingJob;
import aura.domain.training.TrainingKind;
import aura.domain.training.TrainingRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The training queue on Postgres: one runner per job, fenced writes, leases that run out, checkpoints kept. */
class JdbcTrainingJobsTest extends OnPostgres {
    private static final java.util.Set<TrainingKind> LNN_ONLY = java.util.Set.of(TrainingKind.LNN);

    private TrainingJob queue(int minute) {
        var request = new TrainingRequest("m", "cfc", new TrainingData("d"), TrainingKind.LNN, 2, 0.01, List.of(), 1,
                4, 4);
        var job = TrainingJob.queued(UUID.randomUUID().toString(), request, "u", minutesAfterT0(minute));
        bean(JdbcTrainingJobs.class).add(job);
        return job;
    }

    private void emptyQueue() {
        sql("DELETE FROM training_job");
    }

    @Test
    void nodesClaimingAtOnceNeverTakeTheSameJob() throws Exception {
        emptyQueue();
        for (int i = 0; i < 3; i++) queue(i);
        var jobs = bean(JdbcTrainingJobs.class);
        List<Optional<JobClaim>> claims = atOnce(6, () -> jobs.claim("node", LNN_ONLY, minutesAfterT0(10), minutesAfterT0(11)));
        List<String> taken = claims.stream().flatMap(Optional::stream).map(JobClaim::jobId).toList();
        assertThat(taken).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void aRunnerWhoseLeaseRanOutAndWasReclaimedCanNoLongerWrite() {
        emptyQueue();
        var job = queue(0);
        var jobs = bean(JdbcTrainingJobs.class);
        JobClaim first = jobs.claim("a", LNN_ONLY, minutesAfterT0(1), minutesAfterT0(2)).orElseThrow();
        assertThat(jobs.claim("b", LNN_ONLY, minutesAfterT0(1), minutesAfterT0(2))).isEmpty();
        assertThat(jobs.save(first, 5, new byte[] {1}, 2, minutesAfterT0(1))).isTrue();

        JobClaim second = jobs.claim("b", LNN_ONLY, minutesAfterT0(3), minutesAfterT0(4)).orElseThrow();

        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.fence()).isGreaterThan(first.fence());
        assertThat(jobs.report(first, new JobProgress(0.5, 1, 1.0, 1.0, 10L), minutesAfterT0(3))).isFalse();
        assertThat(jobs.renew(first, minutesAfterT0(9), minutesAfterT0(3))).isFalse();
        assertThat(jobs.save(first, 10, new byte[] {9}, 2, minutesAfterT0(3))).isFalse();
        assertThat(jobs.latest(job.id())).hasValueSatisfying(b -> assertThat(b).containsExactly(1));
        assertThat(jobs.report(second, new JobProgress(0.5, 1, 1.0, 1.0, 10L), minutesAfterT0(3))).isTrue();
        assertThat(jobs.find(job.id()).orElseThrow().node()).isEqualTo("b");
    }

    @Test
    void theNewestCheckpointsAreKeptAndACancelledJobTakesNoMoreWrites() {
        emptyQueue();
        var job = queue(0);
        var jobs = bean(JdbcTrainingJobs.class);
        JobClaim claim = jobs.claim("a", LNN_ONLY, minutesAfterT0(1), minutesAfterT0(2)).orElseThrow();
        for (int step = 1; step <= 4; step++) {
            assertThat(jobs.save(claim, step, new byte[] {(byte) step}, 2, minutesAfterT0(1))).isTrue();
        }
        assertThat(jobs.latest(job.id())).hasValueSatisfying(b -> assertThat(b).containsExactly(4));
        assertThat(jobs.find(job.id()).orElseThrow().checkpoints()).isEqualTo(4);

        assertThat(jobs.cancel(job.id(), minutesAfterT0(2))).isTrue();

        assertThat(jobs.report(claim, JobProgress.start(), minutesAfterT0(2))).isFalse();
        assertThat(bean(JdbcTrainedModels.class).complete(claim, JobProgress.start(), Map.of(), new byte[0],
                minutesAfterT0(2))).isEmpty();
        assertThat(jobs.find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(jobs.cancel(job.id(), minutesAfterT0(3))).isFalse();
    }

    @Test
    void aDatasetReadsBackCellForCell() {
        var table = new DatasetTable(List.of("a", "b"), List.of(List.of("1", "x, \"quoted\""), List.of("", "é")));
        var dataset = new aura.domain.training.Dataset(UUID.randomUUID().toString(), "d", table.columns(), 2, "u", T0);
        bean(JdbcDatasets.class).add(dataset, table);
        assertThat(bean(JdbcDatasets.class).table(dataset.id())).hasValue(table);
        assertThat(bean(JdbcDatasets.class).find(dataset.id())).hasValue(dataset);
        assertThat(Objects.requireNonNull(bean(JdbcDatasets.class).all()).get(0).id()).isEqualTo(dataset.id());
    }

    @Test
    void aNodeClaimsOnlyTheKindsItCanRun() {
        emptyQueue();
        var request = new TrainingRequest("adapter", "llama3", new TrainingData("d"), TrainingKind.LORA, 2, 0.01,
                List.of(), 1, 4, 4);
        bean(JdbcTrainingJobs.class).add(TrainingJob.queued(UUID.randomUUID().toString(), request, "u",
                minutesAfterT0(0)));
        var jobs = bean(JdbcTrainingJobs.class);
        assertThat(jobs.claim("cpu", LNN_ONLY, minutesAfterT0(1), minutesAfterT0(2))).isEmpty();
        assertThat(jobs.claim("gpu", java.util.Set.of(TrainingKind.LNN, TrainingKind.LORA), minutesAfterT0(1),
                minutesAfterT0(2))).hasValueSatisfying(c -> assertThat(c.job().request().kind())
                .isEqualTo(TrainingKind.LORA));
    }

    @Test
    void twoJobsFinishingTheSameModelAtOnceGetDistinctVersions() throws Exception {
        emptyQueue();
        sql("DELETE FROM training_model WHERE name = 'm'");
        for (int i = 0; i < 4; i++) queue(i);
        var jobs = bean(JdbcTrainingJobs.class);
        List<JobClaim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) claims.add(jobs.claim("n" + i, LNN_ONLY, minutesAfterT0(5), minutesAfterT0(9)).orElseThrow());
        var models = bean(JdbcTrainedModels.class);
        var next = new java.util.concurrent.atomic.AtomicInteger();
        List<Optional<aura.domain.training.ModelVersion>> done = atOnce(4, () -> models.complete(
                claims.get(next.getAndIncrement()), JobProgress.start(), Map.of("loss", 1.0), new byte[] {1},
                minutesAfterT0(6)));
        assertThat(done).allSatisfy(v -> assertThat(v).isPresent());
        assertThat(done.stream().map(v -> v.orElseThrow().version()).toList()).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(jobs.all()).allSatisfy(j -> assertThat(j.status()).isEqualTo(JobStatus.COMPLETED));
    }
}
