package aura.domain.node;

/**
 * An Aura node heard announcing itself on the LAN over mDNS: what it says it is and where it answers. Anyone on
 * the LAN can announce anything, so this is only ever shown, never trusted.
 */
public record LanNeighbour(String name, String role, String address, int port) {
    public LanNeighbour {
        if (name == null || name.isBlank() || address == null || address.isBlank()) {
            throw new IllegalArgumentException("a neighbour has a name and an address");
        }
        if (role == null) role = "";
    }
}
