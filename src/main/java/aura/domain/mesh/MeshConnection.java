package aura.domain.mesh;

/**
 * Where a mesh node finds the shared Redis and Postgres. No password appears in {@link #toString()}: neither the
 * database's nor one inside the Redis URL ({@code redis://user:pass@host}).
 */
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
        return "MeshConnection[" + meshName + ", redis=" + withoutPassword(redisUrl) + ", db=" + databaseUrl + ", user=" + databaseUser + "]";
    }

    /** {@code scheme://user:secret@rest} as {@code scheme://user:***@rest} (a lone {@code secret@} too). */
    static String withoutPassword(String url) {
        int scheme = url.indexOf("://");
        int at = url.lastIndexOf('@');
        if (scheme < 0 || at < scheme) return url;
        String user = url.substring(scheme + 3, at);
        int colon = user.indexOf(':');
        String shown = colon >= 0 ? user.substring(0, colon) + ":***" : "***";
        return url.substring(0, scheme + 3) + shown + url.substring(at);
    }
}
