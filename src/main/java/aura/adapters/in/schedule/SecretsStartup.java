package aura.adapters.in.schedule;

import aura.application.mesh.SealStoredSecrets;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** At start-up, secrets an older version stored in plaintext are sealed with the secrets key (a node, not a command). */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
record SecretsStartup(SealStoredSecrets sealStoredSecrets) {
    private static final Logger LOG = LoggerFactory.getLogger(SecretsStartup.class);

    @EventListener
    void onStartup(StartupEvent event) {
        int sealed = sealStoredSecrets.seal();
        if (sealed > 0) LOG.info("Sealed {} secrets that were stored in plaintext", sealed);
    }
}
