package aura.application.network.port;

/** Where rendered wg-quick configurations go; written so only their owner can read them (they hold private keys). */
public interface WireguardConfigs {

    /** @return where the person finds it, to be told */
    String write(String node, String config);
}
