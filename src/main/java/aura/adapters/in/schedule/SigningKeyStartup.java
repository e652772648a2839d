package aura.adapters.in.schedule;

import aura.application.auth.EnsureSigningKey;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** A serving node makes sure the mesh has a token signing key before the first login. */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
record SigningKeyStartup(EnsureSigningKey ensureSigningKey) {
    @EventListener
    void onStartup(StartupEvent event) {
        ensureSigningKey.ensureOne();
    }
}
