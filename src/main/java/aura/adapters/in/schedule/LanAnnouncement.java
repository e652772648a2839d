package aura.adapters.in.schedule;

import aura.application.node.AnnounceOnLan;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Announces the node on its LAN once it has started (when mDNS is on: see {@code aura.network.mdns.*}). */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
record LanAnnouncement(AnnounceOnLan announceOnLan) {
    @EventListener
    void onStartup(StartupEvent event) {
        announceOnLan.announce();
    }
}
