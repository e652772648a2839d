package aura.adapters.out.system;

import aura.application.memory.MemorySettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/** Memory's settings from {@code aura.memory.*} (see application.yml). */
@Factory
public class MemorySettingsFactory {
    @Singleton
    MemorySettings memorySettings(@Property(name = "aura.memory.meaning-floor", defaultValue = "0.3") double meaningFloor,
                                  @Property(name = "aura.memory.context-notes", defaultValue = "3") int contextNotes,
                                  @Property(name = "aura.memory.pinned-notes", defaultValue = "3") int pinnedNotes,
                                  @Property(name = "aura.memory.duplicate-cosine", defaultValue = "0.95") double duplicateCosine) {
        return new MemorySettings(meaningFloor, contextNotes, pinnedNotes, duplicateCosine);
    }
}
