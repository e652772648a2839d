package aura.adapters.out.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code signing_key}; keys are base64 of their X.509 and PKCS#8 encodings. */
@MappedEntity("signing_key")
record SigningKeyRow(@Id String kid, Instant created, String publicKey, String privateKey) {
}
