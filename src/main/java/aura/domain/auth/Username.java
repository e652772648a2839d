package aura.domain.auth;

import aura.domain.problem.InvalidInput;

import java.util.Locale;
import java.util.regex.Pattern;

/** User names: 3-32 of a-z, 0-9, '.', '_', '-', compared without case (stored in lower case). */
public final class Username {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private Username() {
    }

    public static String normalise(String name) {
        String lower = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!VALID.matcher(lower).matches()) {
            throw new InvalidInput("username", "username must be 3-32 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return lower;
    }
}
