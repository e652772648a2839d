package aura.adapters.out.system;

import aura.application.monitor.MonitorSettings;
import aura.domain.monitor.HistoryRetention;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.time.Duration;

/** How the node samples and keeps its metric history, from {@code aura.monitor.*} (application.yml, docs/MONITOR.md). */
@Factory
public class MonitorSettingsFactory {
    @Singleton
    MonitorSettings monitorSettings(@Property(name = "aura.monitor.sample-every", defaultValue = "5s") Duration sampleEvery,
                                    @Property(name = "aura.monitor.raw-retention", defaultValue = "48h") Duration raw,
                                    @Property(name = "aura.monitor.rollup-retention", defaultValue = "30d") Duration rollups) {
        return new MonitorSettings(sampleEvery, new HistoryRetention(raw, rollups));
    }
}
