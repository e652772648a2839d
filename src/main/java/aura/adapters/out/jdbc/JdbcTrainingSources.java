package aura.adapters.out.jdbc;

import aura.application.training.port.TrainingSources;
import aura.domain.training.DatasetTable;
import aura.domain.training.PromptPair;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Training rows read from the monitor's {@code metric_sample} table and the stored conversations. A node's
 * sampling writes every metric under one time, so a row is one sampling time; times missing a metric are left out.
 */
@Singleton
@DatabaseOutages
public class JdbcTrainingSources implements TrainingSources {
    private final JdbcOperations jdbc;

    public JdbcTrainingSources(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DatasetTable> metricHistory(String node, Instant until) {
        boolean known = Sql.first(jdbc, "SELECT 1 FROM node_registration WHERE name = ? UNION ALL "
                + "SELECT 1 FROM metric_series WHERE node = ?", rs -> true, node, node).isPresent();
        if (!known) return Optional.empty();
        Map<Instant, Map<String, Double>> byTime = new TreeMap<>();
        List<String> metrics = new ArrayList<>(jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT metric, at, val FROM metric_sample WHERE node = ? "
                    + "AND at <= ? ORDER BY at")) {
                Sql.bind(ps, node, until);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.TreeSet<String> names = new java.util.TreeSet<>();
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        byTime.computeIfAbsent(Sql.instant(rs, "at"), t -> new HashMap<>())
                                .put(rs.getString(1), rs.getDouble(3));
                    }
                    return names;
                }
            }
        }));
        if (metrics.isEmpty()) metrics.add("no_metrics_yet");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Double> at : byTime.values()) {
            if (at.size() != metrics.size()) continue;
            rows.add(metrics.stream().map(m -> String.format(Locale.ROOT, "%s", at.get(m))).toList());
        }
        return Optional.of(new DatasetTable(metrics, rows));
    }

    @Override
    public boolean personaExists(String persona) {
        return Sql.first(jdbc, "SELECT 1 FROM persona WHERE name = ?", rs -> true, persona).isPresent();
    }

    @Override
    public List<PromptPair> conversations(String persona, String userId, Instant until) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT q.conversation_id, q.content, a.content "
                    + "FROM chat_message a JOIN chat_message q ON q.id = a.reply_to "
                    + "JOIN conversation v ON v.id = a.conversation_id "
                    + "WHERE v.persona = ? AND v.user_id = ? AND a.speaker = 'ASSISTANT' AND a.state = 'COMPLETE' "
                    + "AND q.speaker = 'USER' AND a.created <= ? ORDER BY v.created, v.id, a.seq")) {
                Sql.bind(ps, persona, userId, until);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, List<PromptPair>> out = new LinkedHashMap<>();
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new PromptPair(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                    return out.values().stream().flatMap(List::stream).toList();
                }
            }
        });
    }
}
