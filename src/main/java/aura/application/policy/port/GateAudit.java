package aura.application.policy.port;

import aura.domain.policy.BlockedRequest;

import java.util.List;

/** The gatekeeper's audit: every request it blocked. */
public interface GateAudit {
    void record(BlockedRequest blocked);

    /** The newest first, at most {@code limit}. */
    List<BlockedRequest> recent(int limit);
}
