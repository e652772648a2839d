package aura.domain.mesh;

import aura.domain.problem.InvalidInput;

import java.util.List;

/**
 * The mesh's Postgres as several hosts (the primary and its standbys), for pgjdbc's multi-host URL: with
 * {@code targetServerType=primary} a new connection goes to whichever host is the primary now, so after a
 * promotion the nodes find the new primary without a restart.
 */
public final class PostgresHosts {
    private static final String PRIMARY = "targetServerType=primary";

    private PostgresHosts() {
    }

    /** The JDBC URL of {@code database} on {@code hosts} ({@code host[:port]} each, port 5432 when left out). */
    public static String url(List<String> hosts, String database) {
        if (hosts.isEmpty()) throw new InvalidInput("mesh.postgres.hosts", "mesh.postgres.hosts names no host");
        for (String host : hosts) check(host);
        if (!database.matches("[A-Za-z0-9_][A-Za-z0-9_$-]{0,62}")) {
            throw new InvalidInput("mesh.postgres.database", "mesh.postgres.database '" + database + "' is not a database name");
        }
        return "jdbc:postgresql://" + String.join(",", hosts) + "/" + database + "?" + PRIMARY;
    }

    /** A URL that names several hosts but no target server type gets {@code targetServerType=primary}. */
    public static String followingPrimary(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://") || jdbcUrl.contains("targetServerType=")) return jdbcUrl;
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        int slash = rest.indexOf('/');
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        if (!hosts.contains(",")) return jdbcUrl;
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + PRIMARY;
    }

    private static void check(String host) {
        String[] parts = host.split(":", -1);
        boolean ok = parts.length <= 2 && parts[0].matches("[A-Za-z0-9.-]{1,253}")
                && (parts.length == 1 || parts[1].matches("\\d{1,5}") && Integer.parseInt(parts[1]) >= 1
                && Integer.parseInt(parts[1]) <= 65535);
        if (!ok) throw new InvalidInput("mesh.postgres.hosts", "'" + host + "' is not host or host:port");
    }
}
