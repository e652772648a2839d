package aura.domain.replication;

import aura.domain.problem.InvalidInput;

/** Where one Postgres server listens: {@code HOST:PORT} as a person types it, checked. */
public record PostgresAddress(String host, int port) {
    public PostgresAddress {
        if (host == null || !host.matches("[A-Za-z0-9.:-]{1,253}") || port < 1 || port > 65535) {
            throw new IllegalArgumentException("a Postgres address needs a host and a port: " + host + ":" + port);
        }
    }

    /** {@code HOST:PORT} (or {@code HOST}, port 5432); {@code option} names what the text came from in a refusal. */
    public static PostgresAddress parse(String text, String option) {
        String value = text == null ? "" : text.trim();
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? value : value.substring(0, colon);
        String port = colon < 0 ? "5432" : value.substring(colon + 1);
        if (!host.matches("[A-Za-z0-9.-]{1,253}") || !port.matches("\\d{1,5}") || Integer.parseInt(port) < 1
                || Integer.parseInt(port) > 65535) {
            throw new InvalidInput(option, option + " must be HOST:PORT (got '" + value + "')");
        }
        return new PostgresAddress(host, Integer.parseInt(port));
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
