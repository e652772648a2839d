package aura.adapters.out.inprocess;

import aura.application.mesh.port.NodeDirectory;
import aura.application.mesh.NodeDirectoryContract;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class InProcessNodeDirectoryTest extends NodeDirectoryContract {
    private Instant now = Instant.now();
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final InProcessNodeDirectory directory = new InProcessNodeDirectory(clock);

    @Override
    protected NodeDirectory directory() {
        return directory;
    }

    @Override
    protected void letHeartbeatsExpire() {
        now = now.plus(NodeDirectory.TIME_TO_LIVE).plusSeconds(5);
    }
}
