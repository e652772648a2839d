package aura.application.monitor.port;

import aura.domain.monitor.AlertChange;

/**
 * Where this node's alert state changes are told outside the mesh (a webhook). {@link #tell} must not block: it is
 * called from the sampling thread.
 */
public interface AlertNotifications {
    void tell(AlertChange change);
}
