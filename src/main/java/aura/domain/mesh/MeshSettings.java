package aura.domain.mesh;

import java.util.Optional;

/**
 * The shared services a mesh names in its inventory. Every field may be absent: environment variables can fill
 * or override them.
 */
public record MeshSettings(String name, Optional<String> redisUrl, Optional<String> postgresUrl,
                           Optional<String> postgresUser, Optional<String> postgresPasswordEnv) {
    public static final String DEFAULT_NAME = "aura";

    public MeshSettings {
        if (name == null || name.isBlank()) name = DEFAULT_NAME;
    }

    public static MeshSettings empty() {
        return new MeshSettings(DEFAULT_NAME, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
