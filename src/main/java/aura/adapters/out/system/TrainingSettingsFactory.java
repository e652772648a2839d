package aura.adapters.out.system;

import aura.application.training.TrainingQueueSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.time.Duration;

/** {@code aura.training.*} as the training use cases see it. */
@Factory
public class TrainingSettingsFactory {
    @Singleton
    TrainingQueueSettings trainingQueueSettings(
            @Property(name = "aura.training.lease", defaultValue = "30s") Duration lease,
            @Property(name = "aura.training.checkpoint-every", defaultValue = "100") int checkpointEvery,
            @Property(name = "aura.training.keep-checkpoints", defaultValue = "3") int keep) {
        return new TrainingQueueSettings(lease, checkpointEvery, keep);
    }
}
