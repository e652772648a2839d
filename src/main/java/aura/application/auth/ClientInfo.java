package aura.application.auth;

/** Where a request came from, for sessions and the audit log. */
public record ClientInfo(String address, String userAgent, boolean loopback) {
    public ClientInfo {
        if (address == null) address = "";
        if (userAgent == null) userAgent = "";
    }
}
