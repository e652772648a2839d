package aura.domain.auth;

import aura.domain.problem.InvalidInput;

/** At least 12 characters with upper case, lower case, a digit and a symbol. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidInput} on {@code password} naming the first rule the password breaks. */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput("password", "password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            throw new InvalidInput("password", "password must contain an upper-case letter");
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            throw new InvalidInput("password", "password must contain a lower-case letter");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            throw new InvalidInput("password", "password must contain a digit");
        }
        if (password.chars().allMatch(Character::isLetterOrDigit)) {
            throw new InvalidInput("password", "password must contain a symbol (a character that is not a letter or digit)");
        }
    }
}
