package aura.adapters.out.jmdns;

import aura.application.node.port.LocalNetwork;
import aura.domain.network.Ipv4Address;
import aura.domain.node.LanNeighbour;
import aura.domain.node.Role;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * mDNS with JmDNS, bound to the one LAN address it is given (never chosen by itself: a machine has WireGuard,
 * Docker and other interfaces where announcing would be wrong). Announces {@code <name>.local} and a
 * {@code _aura._tcp} service named for the node, with its role in the TXT record, and listens for the others'.
 */
@Singleton
@Requires(property = JmdnsLocalNetwork.ADDRESS)
@Requires(property = "aura.network.mdns.enabled", notEquals = "false")
class JmdnsLocalNetwork implements LocalNetwork {
    static final String ADDRESS = "aura.network.mdns.address";
    static final String SERVICE = "_aura._tcp.local.";
    private static final Logger LOG = LoggerFactory.getLogger(JmdnsLocalNetwork.class);

    private final InetAddress address;
    private final Map<String, LanNeighbour> heard = new ConcurrentHashMap<>();
    private volatile JmDNS mdns;

    JmdnsLocalNetwork(@Property(name = ADDRESS) String address) {
        try {
            // A literal address is never looked up; anything else is refused before it could be.
            this.address = InetAddress.getByName(Ipv4Address.parse(address, ADDRESS).toString());
        } catch (IOException e) {
            throw new UncheckedIOException("aura.network.mdns.address '" + address + "' is not an address", e);
        }
    }

    @Override
    public boolean announcing() {
        return true;
    }

    @Override
    public synchronized void announce(String name, Role role, int port) {
        try {
            mdns = JmDNS.create(address, name);
            mdns.addServiceListener(SERVICE, new Listener());
            mdns.registerService(ServiceInfo.create(SERVICE, name, port, 0, 0, Map.of("role", role.wireName())));
            LOG.info("Announced {} ({}) on the LAN at {}, port {}", mdns.getHostName(), name, address.getHostAddress(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot announce on the LAN at " + address.getHostAddress(), e);
        }
    }

    @Override
    public List<LanNeighbour> heard() {
        return heard.values().stream().sorted(Comparator.comparing(LanNeighbour::name)).toList();
    }

    @PreDestroy
    synchronized void close() throws IOException {
        // Says goodbye on the LAN, so the others drop this node at once instead of when its records expire.
        if (mdns != null) mdns.close();
    }

    private final class Listener implements ServiceListener {
        @Override
        public void serviceAdded(ServiceEvent event) {
            event.getDNS().requestServiceInfo(event.getType(), event.getName(), 1000);
        }

        @Override
        public void serviceRemoved(ServiceEvent event) {
            heard.remove(event.getName());
        }

        @Override
        public void serviceResolved(ServiceEvent event) {
            ServiceInfo info = event.getInfo();
            if (info.getInet4Addresses().length == 0) return;
            String role = info.getPropertyString("role");
            heard.put(event.getName(), new LanNeighbour(event.getName(), role, info.getInet4Addresses()[0].getHostAddress(),
                    info.getPort()));
        }
    }
}
