package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code user_account}. */
@MappedEntity("user_account")
record UserAccountRow(@Id String id, String username, String passwordHash, boolean admin, boolean disabled,
                      @Nullable String totpSecret, boolean totpEnabled, Instant created) {
}
