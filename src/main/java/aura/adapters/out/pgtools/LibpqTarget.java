package aura.adapters.out.pgtools;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database a JDBC URL names, as the Postgres tools (libpq) are told it: a {@code postgresql://} URI with the
 * same hosts, and the user and password in the environment, never on a command line other users can read.
 * pgjdbc's {@code targetServerType=primary} becomes libpq's {@code target_session_attrs=read-write}, so a tool
 * given several hosts also writes only to the primary.
 */
record LibpqTarget(String uri, Map<String, String> env) {

    static LibpqTarget of(String jdbcUrl, String user, String password) {
        if (!isPostgres(jdbcUrl)) throw new IllegalArgumentException("not a Postgres JDBC URL: " + jdbcUrl);
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        String location = query < 0 ? rest : rest.substring(0, query);
        Map<String, String> jdbcParams = query < 0 ? Map.of() : params(rest.substring(query + 1));
        if (!location.startsWith("//")) location = "//localhost/" + location;
        StringBuilder uri = new StringBuilder("postgresql:").append(location);
        String separator = "?";
        String target = jdbcParams.getOrDefault("targetServerType", "any");
        if (target.equals("primary") || target.equals("master")) {
            uri.append(separator).append("target_session_attrs=read-write");
            separator = "&";
        }
        if (jdbcParams.containsKey("sslmode")) uri.append(separator).append("sslmode=").append(jdbcParams.get("sslmode"));
        Map<String, String> env = new LinkedHashMap<>();
        if (user != null && !user.isBlank()) env.put("PGUSER", user);
        if (password != null && !password.isEmpty()) env.put("PGPASSWORD", password);
        env.put("PGCONNECT_TIMEOUT", "10");
        return new LibpqTarget(uri.toString(), Map.copyOf(env));
    }

    static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return params;
    }
}
