package aura.domain.mesh;

/** Where a mesh node finds the shared Redis and Postgres. The password never appears in {@link #toString()}. */
public record MeshConnection(String meshName, String redisUrl, String databaseUrl, String databaseUser,
                             String databasePassword) {
    public MeshConnection {
        if (redisUrl == null || redisUrl.isBlank()) throw new IllegalArgumentException("mesh needs a Redis URL");
        if (databaseUrl == null || !databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("mesh database URL must start with jdbc:postgresql: (got '" + databaseUrl + "')");
        }
        if (databasePassword == null) databasePassword = "";
    }

    @Override
    public String toString() {
        return "MeshConnection[" + meshName + ", redis=" + redisUrl + ", db=" + databaseUrl + ", user=" + databaseUser + "]";
    }
}
