package aura.adapters.out.jdbc;

import aura.application.training.port.Datasets;
import aura.domain.training.Dataset;
import aura.domain.training.DatasetTable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Datasets in {@code training_dataset}. The content is the parsed table: the row count, then each cell as its
 * UTF-8 length and bytes, row by row (the columns are in their own column), so reading needs no parsing again.
 */
@Singleton
@DatabaseOutages
public class JdbcDatasets implements Datasets {
    private final JdbcOperations jdbc;

    public JdbcDatasets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = "id, name, columns, row_count, created_by, created";

    @Override
    public void add(Dataset d, DatasetTable table) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_dataset (" + COLUMNS
                    + ", content) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Sql.bind(ps, d.id(), d.name(), String.join("\n", d.columns()), d.rows(), d.createdBy(), d.created(),
                        encode(table));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<Dataset> all() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM training_dataset ORDER BY created DESC"); ResultSet rs = ps.executeQuery()) {
                List<Dataset> out = new ArrayList<>();
                while (rs.next()) out.add(dataset(rs));
                return out;
            }
        });
    }

    @Override
    public Optional<Dataset> find(String id) {
        return Sql.first(jdbc, "SELECT " + COLUMNS + " FROM training_dataset WHERE id = ?", JdbcDatasets::dataset, id);
    }

    @Override
    public Optional<DatasetTable> table(String id) {
        return Sql.first(jdbc, "SELECT columns, content FROM training_dataset WHERE id = ?",
                rs -> decode(columns(rs.getString(1)), rs.getBytes(2)), id);
    }

    private static Dataset dataset(ResultSet rs) throws SQLException {
        return new Dataset(rs.getString("id"), rs.getString("name"), columns(rs.getString("columns")),
                rs.getInt("row_count"), rs.getString("created_by"), Sql.instant(rs, "created"));
    }

    private static List<String> columns(String text) {
        return List.of(text.split("\n", -1));
    }

    static byte[] encode(DatasetTable table) {
        try {
            var bytes = new ByteArrayOutputStream();
            var out = new DataOutputStream(bytes);
            out.writeInt(table.rows().size());
            for (List<String> row : table.rows()) {
                for (String cell : row) {
                    byte[] b = cell.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(b.length);
                    out.write(b);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DatasetTable decode(List<String> columns, byte[] content) {
        try {
            var in = new DataInputStream(new ByteArrayInputStream(content));
            int rows = in.readInt();
            List<List<String>> out = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                List<String> row = new ArrayList<>(columns.size());
                for (int c = 0; c < columns.size(); c++) {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    row.add(new String(b, StandardCharsets.UTF_8));
                }
                out.add(row);
            }
            return new DatasetTable(columns, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored dataset does not read back", e);
        }
    }
}
