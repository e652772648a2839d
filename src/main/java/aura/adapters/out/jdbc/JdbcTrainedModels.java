package aura.adapters.out.jdbc;

import aura.application.lnn.port.TrainedForecasters;
import aura.application.training.port.TrainedModels;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.LnnModelCodec;
import aura.domain.training.JobClaim;
import aura.domain.training.JobProgress;
import aura.domain.training.ModelVersion;
import aura.domain.training.TrainingKind;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Model versions in {@code training_model}: written by the runner that completes a job, read by every node. A
 * version never changes once written, so each node keeps the ones it decoded in memory. A job's completion (the
 * end of its lease, with its model) commits synchronously to the standby, so a finished job is never trained again.
 */
@Singleton
@DatabaseOutages
public class JdbcTrainedModels implements TrainedModels, TrainedForecasters {
    private final JdbcOperations jdbc;
    private final SynchronousCommits synchronousCommits;
    private final Cache<String, LnnModel> decoded = Caffeine.newBuilder().maximumSize(64).build();

    public JdbcTrainedModels(JdbcOperations jdbc, SynchronousCommits synchronousCommits) {
        this.jdbc = jdbc;
        this.synchronousCommits = synchronousCommits;
    }

    @Override
    @Transactional
    public Optional<ModelVersion> complete(JobClaim claim, JobProgress last, Map<String, Double> metrics,
                                           byte[] content, Instant at) {
        synchronousCommits.waitForStandby();
        var request = claim.job().request();
        // Jobs completing the same name take turns: each first locks every job row of that name, in one order
        // (so two never wait on each other), and only then reads the highest version and writes the next.
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM training_job WHERE model_name = ? "
                    + "ORDER BY id FOR UPDATE")) {
                ps.setString(1, request.modelName());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rs.getString(1);
                    return null;
                }
            }
        });
        int done = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE training_job SET status = 'completed', progress = 1, "
                    + "loss = ?, val_loss = ?, eta_seconds = 0, lease_until = NULL, updated = ? "
                    + "WHERE id = ? AND fence = ? AND status = 'training'")) {
                Sql.bind(ps, last.loss(), last.valLoss(), at, claim.jobId(), claim.fence());
                return ps.executeUpdate();
            }
        });
        if (done != 1) return Optional.empty();
        int version = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM training_model "
                    + "WHERE name = ?")) {
                ps.setString(1, request.modelName());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        var model = new ModelVersion(request.modelName(), version, claim.jobId(), request.kind(), request.baseModel(),
                metrics, at);
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_model (name, version, job_id, kind, "
                    + "base_model, metrics, content, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Sql.bind(ps, model.name(), version, model.jobId(), model.kind().wireName(), model.baseModel(),
                        metricsText(metrics), content, at);
                return ps.executeUpdate();
            }
        });
        return Optional.of(model);
    }

    @Override
    public List<ModelVersion> all() {
        return versions("SELECT name, version, job_id, kind, base_model, metrics, created FROM training_model "
                + "ORDER BY created DESC, name, version DESC");
    }

    @Override
    public List<ModelVersion> undeployed(String node) {
        return versions("SELECT name, version, job_id, kind, base_model, metrics, created FROM training_model m "
                + "WHERE kind = 'lora' AND NOT EXISTS (SELECT 1 FROM training_deployment d WHERE d.name = m.name AND "
                + "d.version = m.version AND d.node = ? AND (d.error IS NULL OR d.attempts >= 5)) "
                + "ORDER BY created, name, version", node);
    }

    @Override
    public Optional<byte[]> content(String name, int version) {
        return Sql.first(jdbc, "SELECT content FROM training_model WHERE name = ? AND version = ?", rs -> rs.getBytes(1),
                name, version);
    }

    @Override
    @Transactional
    public void deployed(String name, int version, String node, String error, Instant at) {
        int updated = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE training_deployment SET error = ?, "
                    + "attempts = attempts + 1, updated = ? WHERE name = ? AND version = ? AND node = ?")) {
                Sql.bind(ps, error, at, name, version, node);
                return ps.executeUpdate();
            }
        });
        if (updated == 0) {
            jdbc.execute(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_deployment (name, version, node, "
                        + "error, attempts, updated) VALUES (?, ?, ?, ?, 1, ?)")) {
                    Sql.bind(ps, name, version, node, error, at);
                    return ps.executeUpdate();
                }
            });
        }
    }

    private List<ModelVersion> versions(String sql, Object... values) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    List<ModelVersion> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new ModelVersion(rs.getString(1), rs.getInt(2), rs.getString(3),
                                TrainingKind.parse(rs.getString(4)), rs.getString(5), metrics(rs.getString(6)),
                                Sql.instant(rs, "created")));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public Optional<LnnModel> load(String reference) {
        int colon = reference.lastIndexOf(':');
        String name = colon < 0 ? reference : reference.substring(0, colon);
        Integer version = colon < 0 ? null : parseVersion(reference.substring(colon + 1));
        if (colon >= 0 && version == null) return Optional.empty();
        Integer resolved = version != null ? version : jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM training_model WHERE name = ? "
                    + "AND kind = 'lnn'")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int v = rs.getInt(1);
                    return rs.wasNull() ? null : v;
                }
            }
        });
        if (resolved == null) return Optional.empty();
        String key = name + ":" + resolved;
        LnnModel cached = decoded.getIfPresent(key);
        if (cached != null) return Optional.of(cached);
        Optional<LnnModel> read = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM training_model WHERE name = ? "
                    + "AND version = ? AND kind = 'lnn'")) {
                ps.setString(1, name);
                ps.setInt(2, resolved);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(decode(rs.getBytes(1))) : Optional.<LnnModel>empty();
                }
            }
        });
        read.ifPresent(m -> decoded.put(key, m));
        return read;
    }

    private static Integer parseVersion(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LnnModel decode(byte[] bytes) {
        try {
            return LnnModelCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored model does not read back", e);
        }
    }

    private static String metricsText(Map<String, Double> metrics) {
        StringBuilder out = new StringBuilder();
        metrics.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    private static Map<String, Double> metrics(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) out.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
        }
        return out;
    }
}
