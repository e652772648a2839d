package aura.adapters.out.inprocess;

import aura.application.monitor.port.AlertNotifications;
import aura.domain.monitor.AlertChange;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** No webhook configured: alert changes are told only to the node's own stream and history. */
@Singleton
@Requires(missingProperty = "aura.monitor.webhook-url")
public class NoAlertNotifications implements AlertNotifications {
    @Override
    public void tell(AlertChange change) {
    }
}
