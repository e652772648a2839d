package aura.adapters.in.web;

import aura.domain.mesh.MeshMember;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One entry of {@code GET /api/mesh/nodes}; load, GPU and version are null and models empty while the node is
 * down.
 */
@Serdeable
record MeshMemberView(String name, String role, String address, int port, String status,
                      @Nullable Instant lastSeen, @Nullable Double load, @Nullable NodeView.GpuView gpu,
                      @Nullable String version, boolean inInventory, List<ModelView> models) {

    /** A model the node serves, with its measured speed (0 tokens/s until its first generation). */
    @Serdeable
    record ModelView(String name, double tokensPerSecond, boolean loaded) {
    }

    static MeshMemberView of(MeshMember m) {
        return new MeshMemberView(m.name(), m.role().wireName(), m.address(), m.port(),
                m.status().name().toLowerCase(Locale.ROOT), m.lastSeen().orElse(null), m.cpuLoad().orElse(null),
                m.gpu().map(NodeView.GpuView::of).orElse(null), m.version().orElse(null), m.inInventory(),
                m.models().stream().map(s -> new ModelView(s.name(), s.tokensPerSecond(), s.loaded())).toList());
    }
}
