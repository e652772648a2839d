package aura.domain.network;

/**
 * The inventory's {@code wireguard:} section: the network every VPN address lies in, and the UDP port every
 * node with a public address listens on (peers reach it at {@code public:port}).
 */
public record WireguardSettings(Ipv4Network network, int port) {
    public static final String DEFAULT_NETWORK = "10.0.0.0/24";
    public static final int DEFAULT_PORT = 51820;

    public WireguardSettings {
        if (network == null) throw new IllegalArgumentException("a WireGuard mesh needs a network");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is not 1-65535");
    }

    public static WireguardSettings defaults() {
        return new WireguardSettings(Ipv4Network.parse(DEFAULT_NETWORK, "wireguard.network"), DEFAULT_PORT);
    }
}
