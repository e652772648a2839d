package aura.adapters.out.jdbc;

import aura.application.policy.port.UsageLedger;
import aura.domain.policy.DailyUsage;
import aura.domain.policy.Usage;
import aura.domain.policy.UsageTotal;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Usage rows in the shared database, summed by the database per person, model and node. */
@Singleton
@DatabaseOutages
public class JdbcUsageLedger implements UsageLedger {
    private final JdbcOperations jdbc;

    public JdbcUsageLedger(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Usage u) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_record "
                    + "(id, at, user_id, model, node, prompt_tokens, output_tokens) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setTimestamp(2, Timestamp.from(u.at()));
                ps.setString(3, u.userId());
                // The model is whatever a client of the compatible APIs named: cut to its column, the ledger must not fail an answer.
                ps.setString(4, u.model().length() > 200 ? u.model().substring(0, 200) : u.model());
                ps.setString(5, u.node());
                ps.setInt(6, u.promptTokens());
                ps.setInt(7, u.outputTokens());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<UsageTotal> totals(Instant since, Optional<String> userId) {
        String sql = "SELECT user_id, model, node, SUM(prompt_tokens), SUM(output_tokens), COUNT(*) FROM usage_record "
                + "WHERE at >= ?" + (userId.isPresent() ? " AND user_id = ?" : "")
                + " GROUP BY user_id, model, node ORDER BY user_id, model, node";
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setTimestamp(1, Timestamp.from(since));
                if (userId.isPresent()) ps.setString(2, userId.get());
                List<UsageTotal> totals = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        totals.add(new UsageTotal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6)));
                    }
                }
                return totals;
            }
        });
    }

    @Override
    public List<DailyUsage> daily(Instant since, Optional<String> userId) {
        // Summed here rather than by the database: a UTC day is spelled differently by H2 and Postgres.
        String sql = "SELECT at, model, prompt_tokens, output_tokens FROM usage_record WHERE at >= ?"
                + (userId.isPresent() ? " AND user_id = ?" : "");
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setTimestamp(1, Timestamp.from(since));
                if (userId.isPresent()) ps.setString(2, userId.get());
                Map<String, DailyUsage> sums = new TreeMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate day = Sql.instant(rs, "at").atZone(ZoneOffset.UTC).toLocalDate();
                        String model = rs.getString(2);
                        sums.merge(day + "\n" + model, new DailyUsage(day, model, rs.getLong(3), rs.getLong(4), 1),
                                (a, b) -> new DailyUsage(day, model, a.promptTokens() + b.promptTokens(),
                                        a.outputTokens() + b.outputTokens(), a.generations() + b.generations()));
                    }
                }
                return new ArrayList<>(sums.values());
            }
        });
    }
}
