package aura.adapters.in.web;

import aura.domain.problem.InvalidInput;
import io.micronaut.json.tree.JsonNode;

import java.util.Locale;

/** Reads typed values out of a JSON request body, naming the field in every refusal. */
final class JsonFields {
    private JsonFields() {
    }

    static boolean present(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && !value.isNull();
    }

    static double number(JsonNode body, String field, double absent) {
        return present(body, field) ? number(body.get(field), field) : absent;
    }

    static double number(JsonNode value, String field) {
        return number(value, field, field);
    }

    /** A finite number at {@code where}, a place inside {@code field} such as {@code points[3][1]}. */
    static double number(JsonNode value, String field, String where) {
        if (!value.isNumber()) throw new InvalidInput(field, where + " must be a number");
        double number = value.getDoubleValue();
        if (!Double.isFinite(number)) throw new InvalidInput(field, where + " must be a finite number");
        return number;
    }

    static int integer(JsonNode body, String field, int absent) {
        if (!present(body, field)) return absent;
        double value = number(body.get(field), field);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new InvalidInput(field, field + " must be an integer");
        }
        return (int) value;
    }

    /** A death value: a number, or null / "inf" / "infinity" for a bar that never dies. */
    static double death(JsonNode value, String field, String where) {
        if (value == null || value.isNull()) return Double.POSITIVE_INFINITY;
        if (value.isString()) {
            String text = value.getStringValue().strip().toLowerCase(Locale.ROOT);
            if (text.equals("inf") || text.equals("infinity") || text.equals("+inf")) return Double.POSITIVE_INFINITY;
            throw new InvalidInput(field, where + " must be a number, null or \"inf\"");
        }
        if (!value.isNumber() || Double.isNaN(value.getDoubleValue())) {
            throw new InvalidInput(field, where + " must be a number, null or \"inf\"");
        }
        return value.getDoubleValue();
    }

    /** A non-empty array of arrays of finite numbers (rows may differ in length; callers check shape). */
    static double[][] rows(JsonNode body, String field, int maxRows) {
        JsonNode rows = body.get(field);
        if (rows == null || !rows.isArray()) throw new InvalidInput(field, field + " must be an array of arrays of numbers");
        if (rows.size() == 0) throw new InvalidInput(field, field + " is empty");
        if (rows.size() > maxRows) {
            throw new InvalidInput(field, field + " has " + rows.size() + " rows; at most " + maxRows + " are accepted");
        }
        double[][] result = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            String where = field + "[" + r + "]";
            if (!row.isArray()) throw new InvalidInput(field, where + " must be an array of numbers");
            result[r] = new double[row.size()];
            for (int k = 0; k < row.size(); k++) {
                result[r][k] = number(row.get(k), field, where + "[" + k + "]");
            }
        }
        return result;
    }
}
