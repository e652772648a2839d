package aura.application.monitor.port;

import aura.domain.monitor.Reading;

/**
 * One source of a node's samples (the host, its GPUs, its HTTP server). Never throws for a missing device or an
 * unreadable figure: it leaves that metric out.
 */
public interface Telemetry {
    Reading read();
}
