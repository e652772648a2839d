package aura.domain.training;

import aura.domain.problem.InvalidInput;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** A stored dataset: its id (what {@code dataset:<id>} names), the person's name for it, its shape. */
public record Dataset(String id, String name, List<String> columns, int rows, String createdBy, Instant created) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");

    public Dataset {
        checkName(name);
        columns = List.copyOf(columns);
        if (id == null || createdBy == null || created == null || rows < 0) {
            throw new IllegalArgumentException("a dataset needs an id, an owner, a time and a row count");
        }
    }

    /** @throws InvalidInput naming {@code name} unless it is 1–100 letters, digits, spaces, '.', '_' or '-' */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInput("name", "a dataset name is 1-100 letters, digits, spaces, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
        return name;
    }
}
