package aura.adapters.in.web;

import aura.domain.problem.InvalidInput;
import aura.domain.training.DatasetTable;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an uploaded dataset strictly, as CSV with a header row (Commons CSV, RFC 4180 quoting) or as JSON lines
 * (one flat object per line, every line with the first line's keys). Every refusal names the row (1 = the first
 * data row) and, where there is one, the column.
 */
final class DatasetBodies {
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    private static final JsonFactory JSON = new JsonFactory();
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private DatasetBodies() {
    }

    static DatasetTable read(String mediaType, byte[] body) {
        String text = utf8(body);
        return NDJSON.equals(mediaType) ? ndjson(text) : csv(text);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("body", "the dataset is not UTF-8 text");
        }
    }

    private static DatasetTable csv(String text) {
        if (text.isBlank()) throw new InvalidInput("body", "the dataset is empty; expected a header row");
        if (text.indexOf('\0') >= 0) throw new InvalidInput("body", "the dataset contains a NUL character");
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                int row = rows.size() + 1;
                if (record.size() != header.size()) {
                    throw new InvalidInput("body", "row " + row + " (line " + record.getParser().getCurrentLineNumber()
                            + ") has " + record.size() + " values, the header has " + header.size());
                }
                rows.add(record.toList());
            }
            return new DatasetTable(header, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("body", "not valid CSV: " + e.getMessage());
        }
    }

    private static DatasetTable ndjson(String text) {
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            int row = rows.size() + 1;
            Map<String, String> object = object(line, row);
            if (columns == null) columns = List.copyOf(object.keySet());
            for (String key : object.keySet()) {
                if (!columns.contains(key)) {
                    throw new InvalidInput("body", "row " + row + ", column '" + key + "': not in the first row's "
                            + "columns " + columns);
                }
            }
            List<String> values = new ArrayList<>(columns.size());
            for (String column : columns) {
                String v = object.get(column);
                if (v == null) throw new InvalidInput("body", "row " + row + ", column '" + column + "': missing");
                values.add(v);
            }
            rows.add(values);
        }
        if (columns == null) throw new InvalidInput("body", "the dataset is empty; expected one JSON object a line");
        return new DatasetTable(columns, rows);
    }

    /** One flat JSON object: strings, numbers and booleans, as text. */
    private static Map<String, String> object(String line, int row) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInput("body", "row " + row + ": expected a JSON object");
            }
            Map<String, String> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL) {
                    throw new InvalidInput("body", "row " + row + ", column '" + key + "': a value must be a string, "
                            + "a number or a boolean");
                }
                if (out.put(key, p.getText()) != null) {
                    throw new InvalidInput("body", "row " + row + ", column '" + key + "': given twice");
                }
            }
            if (p.nextToken() != null) throw new InvalidInput("body", "row " + row + ": text after the object");
            return out;
        } catch (JsonProcessingException e) {
            throw new InvalidInput("body", "row " + row + ": not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
