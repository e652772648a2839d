package aura.adapters.out.inprocess;

import aura.testing.HandClock;

import aura.application.mesh.port.NodeDirectory;
import aura.application.mesh.NodeDirectoryContract;

import java.time.Instant;

class InProcessNodeDirectoryTest extends NodeDirectoryContract {
    private final HandClock clock = new HandClock(Instant.now());
    private final InProcessNodeDirectory directory = new InProcessNodeDirectory(clock);

    @Override
    protected NodeDirectory directory() {
        return directory;
    }

    @Override
    protected void letHeartbeatsExpire() {
        clock.advance(NodeDirectory.TIME_TO_LIVE.plusSeconds(5));
    }
}
