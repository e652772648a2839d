package aura.domain.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * A person who can log in. The password is only ever held as its hash. A TOTP secret may be present but not yet
 * enabled while enrolment awaits its first code.
 */
public record UserAccount(String id, String username, String passwordHash, boolean admin, boolean disabled,
                          Optional<String> totpSecret, boolean totpEnabled, Instant created) {
    public UserAccount {
        if (id == null || username == null || passwordHash == null || created == null) {
            throw new IllegalArgumentException("user account is incomplete");
        }
        if (totpEnabled && totpSecret.isEmpty()) throw new IllegalArgumentException("TOTP enabled without a secret");
    }

    public UserAccount withTotp(Optional<String> secret, boolean enabled) {
        return new UserAccount(id, username, passwordHash, admin, disabled, secret, enabled, created);
    }

    public UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, username, hash, admin, disabled, totpSecret, totpEnabled, created);
    }

    public UserAccount withDisabled(boolean value) {
        return new UserAccount(id, username, passwordHash, admin, value, totpSecret, totpEnabled, created);
    }

    @Override
    public String toString() {
        return "UserAccount[" + username + (admin ? ", admin" : "") + (disabled ? ", disabled" : "") + "]";
    }
}
