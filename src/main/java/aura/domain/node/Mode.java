package aura.domain.node;

import java.util.Locale;

/** Solo: embedded storage and in-process shared state. Mesh: Postgres and Redis shared with peers. */
public enum Mode {
    SOLO, MESH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
