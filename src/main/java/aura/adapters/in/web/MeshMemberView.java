package aura.adapters.in.web;

import aura.domain.mesh.MeshMember;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Locale;

/** One entry of {@code GET /api/mesh/nodes}; load, GPU and version are null while the node is down. */
@Serdeable
record MeshMemberView(String name, String role, String address, int port, String status,
                      @Nullable Instant lastSeen, @Nullable Double load, @Nullable NodeView.GpuView gpu,
                      @Nullable String version, boolean inInventory) {

    static MeshMemberView of(MeshMember m) {
        return new MeshMemberView(m.name(), m.role().wireName(), m.address(), m.port(),
                m.status().name().toLowerCase(Locale.ROOT), m.lastSeen().orElse(null), m.cpuLoad().orElse(null),
                m.gpu().map(NodeView.GpuView::of).orElse(null), m.version().orElse(null), m.inInventory());
    }
}
