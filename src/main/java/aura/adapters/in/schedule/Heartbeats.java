package aura.adapters.in.schedule;

import aura.application.mesh.PublishHeartbeat;
import aura.application.mesh.RegisterNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the node's presence in the mesh: registers it once at start-up, then beats every two seconds. A failed
 * beat is logged and retried at the next tick; the key's expiry marks the node down if failures persist.
 */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
class Heartbeats {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

    private final RegisterNode registerNode;
    private final PublishHeartbeat publishHeartbeat;
    private final FailureStreak streak = new FailureStreak();

    Heartbeats(RegisterNode registerNode, PublishHeartbeat publishHeartbeat) {
        this.registerNode = registerNode;
        this.publishHeartbeat = publishHeartbeat;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        registerNode.register();
    }

    @Scheduled(fixedDelay = "2s", initialDelay = "0s")
    void beat() {
        streak.run(LOG, publishHeartbeat::beat, "Heartbeat delivered again", "Heartbeat failed: {}");
    }
}
