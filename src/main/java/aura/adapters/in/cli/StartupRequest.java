package aura.adapters.in.cli;

import aura.domain.node.Role;

import java.util.Optional;

/** What the person asked for on the command line, before the inventory and environment are consulted. */
public record StartupRequest(Optional<String> node, Optional<Role> role, Optional<Integer> port, String hostName,
                             String version, String dataDir) {
}
