package aura.domain.node;

/** Who this node is: its name in the mesh, its role, how it stores and shares state, and its build. */
public record NodeIdentity(String name, Role role, Mode mode, String version) {
    public NodeIdentity {
        NodeName.check(name);
        if (role == null || mode == null) throw new IllegalArgumentException("role and mode are required");
        if (version == null || version.isBlank()) version = "unknown";
    }

    /** Compute nodes run training jobs; so does a solo node, which is its own lead and its own compute node. */
    public boolean executesTraining() {
        return role == Role.COMPUTE || mode == Mode.SOLO;
    }
}
