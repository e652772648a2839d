package aura.adapters.out.jdbc;

import aura.application.training.port.Checkpoints;
import aura.application.training.port.TrainingJobs;
import aura.domain.training.JobClaim;
import aura.domain.training.JobProgress;
import aura.domain.training.JobStatus;
import aura.domain.training.LossPoint;
import aura.domain.training.TrainingData;
import aura.domain.training.TrainingJob;
import aura.domain.training.TrainingKind;
import aura.domain.training.TrainingRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The training queue in {@code training_job} and its checkpoints in {@code training_checkpoint}. A claim locks the
 * row it takes with {@code FOR UPDATE SKIP LOCKED}, so two nodes claiming at once take different jobs, and raises
 * the fence; every runner write carries {@code fence = ? AND status = 'training'}, so a runner whose lease another
 * node took over, or whose job was cancelled, changes nothing. A lease (its claim, its renewal, its end by
 * cancellation) commits synchronously to the standby: a lease lost with the primary would let a second node train
 * the job beside the first.
 */
@Singleton
@DatabaseOutages
public class JdbcTrainingJobs implements TrainingJobs, Checkpoints {
    private static final String FENCED = " WHERE id = ? AND fence = ? AND status = 'training'";
    private final JdbcOperations jdbc;
    private final SynchronousCommits synchronousCommits;

    public JdbcTrainingJobs(JdbcOperations jdbc, SynchronousCommits synchronousCommits) {
        this.jdbc = jdbc;
        this.synchronousCommits = synchronousCommits;
    }

    @Override
    public void add(TrainingJob j) {
        TrainingRequest r = j.request();
        update("INSERT INTO training_job (id, model_name, base_model, kind, training_data, epochs, learning_rate, "
                + "columns, seed, units, window_rows, status, progress, current_epoch, attempt, fence, checkpoints, "
                + "created_by, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?, ?)",
                j.id(), r.modelName(), r.baseModel(), r.kind().wireName(), r.data().wireName(), r.epochs(),
                r.learningRate(), String.join("\n", r.columns()), r.seed(), r.units(), r.window(),
                j.status().wireName(), j.createdBy(), j.created(), j.updated());
    }

    @Override
    public Optional<TrainingJob> find(String id) {
        List<TrainingJob> found = select("SELECT * FROM training_job WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<TrainingJob> all() {
        return select("SELECT * FROM training_job ORDER BY created DESC");
    }

    @Override
    @Transactional
    public boolean cancel(String id, Instant at) {
        synchronousCommits.waitForStandby();
        return update("UPDATE training_job SET status = 'cancelled', lease_until = NULL, updated = ? WHERE id = ? "
                + "AND status IN ('queued', 'training')", at, id) == 1;
    }

    @Override
    @Transactional
    public Optional<JobClaim> claim(String node, Set<TrainingKind> kinds, Instant now, Instant leaseUntil) {
        if (kinds.isEmpty()) return Optional.empty();
        synchronousCommits.waitForStandby();
        String kindList = String.join(", ", kinds.stream().map(k -> "'" + k.wireName() + "'").sorted().toList());
        String id = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM training_job WHERE kind IN (" + kindList
                    + ") AND (status = 'queued' OR (status = 'training' AND lease_until < ?)) ORDER BY created "
                    + "LIMIT 1 FOR UPDATE SKIP LOCKED")) {
                Sql.bind(ps, now);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (id == null) return Optional.empty();
        update("UPDATE training_job SET status = 'training', node = ?, attempt = attempt + 1, fence = fence + 1, "
                + "lease_until = ?, started = COALESCE(started, ?), updated = ? WHERE id = ?", node, leaseUntil, now,
                now, id);
        TrainingJob job = find(id).orElseThrow();
        long fence = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT fence FROM training_job WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return Optional.of(new JobClaim(job, fence));
    }

    @Override
    @Transactional
    public boolean renew(JobClaim claim, Instant leaseUntil, Instant at) {
        synchronousCommits.waitForStandby();
        return update("UPDATE training_job SET lease_until = ?" + FENCED, leaseUntil, claim.jobId(), claim.fence()) == 1;
    }

    @Override
    @Transactional
    public boolean report(JobClaim claim, JobProgress p, Instant at) {
        boolean taken = update("UPDATE training_job SET progress = ?, current_epoch = ?, loss = ?, val_loss = ?, "
                + "eta_seconds = ?, updated = ?" + FENCED, p.progress(), p.currentEpoch(), p.loss(), p.valLoss(),
                p.etaSeconds(), at, claim.jobId(), claim.fence()) == 1;
        if (taken && p.loss() != null) {
            update("INSERT INTO training_loss (job_id, at, attempt, progress, epoch, loss, val_loss) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?)", claim.jobId(), at, claim.attempt(), p.progress(), p.currentEpoch(),
                    p.loss(), p.valLoss());
        }
        return taken;
    }

    @Override
    public List<LossPoint> losses(String jobId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, attempt, progress, epoch, loss, val_loss FROM "
                    + "(SELECT * FROM training_loss WHERE job_id = ? ORDER BY at DESC LIMIT 5000) newest ORDER BY at")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<LossPoint> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new LossPoint(Sql.instant(rs, "at"), rs.getInt("attempt"), rs.getDouble("progress"),
                                rs.getInt("epoch"), rs.getDouble("loss"), Sql.nullableDouble(rs, "val_loss")));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public boolean fail(JobClaim claim, String error, Instant at) {
        return update("UPDATE training_job SET status = 'failed', error = ?, lease_until = NULL, updated = ?" + FENCED,
                error, at, claim.jobId(), claim.fence()) == 1;
    }

    @Override
    @Transactional
    public boolean save(JobClaim claim, long step, byte[] state, int keep, Instant at) {
        if (update("UPDATE training_job SET checkpoints = checkpoints + 1, updated = ?" + FENCED, at, claim.jobId(),
                claim.fence()) != 1) {
            return false;
        }
        update("DELETE FROM training_checkpoint WHERE job_id = ? AND step >= ?", claim.jobId(), step);
        update("INSERT INTO training_checkpoint (job_id, step, attempt, state, created) VALUES (?, ?, ?, ?, ?)",
                claim.jobId(), step, claim.attempt(), state, at);
        update("DELETE FROM training_checkpoint WHERE job_id = ? AND step NOT IN (SELECT step FROM "
                + "(SELECT step FROM training_checkpoint WHERE job_id = ? ORDER BY step DESC LIMIT ?) newest)",
                claim.jobId(), claim.jobId(), keep);
        return true;
    }

    @Override
    public Optional<byte[]> latest(String jobId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM training_checkpoint WHERE job_id = ? "
                    + "ORDER BY step DESC LIMIT 1")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    private int update(String sql, Object... values) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, values);
                return ps.executeUpdate();
            }
        });
    }

    private List<TrainingJob> select(String sql, Object... values) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    List<TrainingJob> out = new ArrayList<>();
                    while (rs.next()) out.add(job(rs));
                    return out;
                }
            }
        });
    }

    private static TrainingJob job(ResultSet rs) throws SQLException {
        String columns = rs.getString("columns");
        var request = new TrainingRequest(rs.getString("model_name"), rs.getString("base_model"),
                TrainingData.parse(rs.getString("training_data")), TrainingKind.parse(rs.getString("kind")),
                rs.getInt("epochs"), rs.getDouble("learning_rate"), columns.isEmpty() ? List.of()
                : List.of(columns.split("\n")), rs.getLong("seed"), rs.getInt("units"), rs.getInt("window_rows"));
        var progress = new JobProgress(rs.getDouble("progress"), rs.getInt("current_epoch"),
                Sql.nullableDouble(rs, "loss"), Sql.nullableDouble(rs, "val_loss"), Sql.nullableLong(rs, "eta_seconds"));
        return new TrainingJob(rs.getString("id"), request,
                JobStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), progress, rs.getString("node"),
                rs.getInt("attempt"), rs.getInt("checkpoints"), rs.getString("error"), rs.getString("created_by"),
                Sql.instant(rs, "created"), Sql.instant(rs, "started"), Sql.instant(rs, "updated"));
    }
}
