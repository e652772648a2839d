package aura.adapters.in.cli;

import aura.domain.mesh.Inventory;
import aura.domain.network.WireguardSettings;
import aura.domain.problem.InvalidInput;

import java.util.Map;

/**
 * An inventory as read from its file, with its monitor section (the person's alert rules and webhook) and the line
 * of each field, so a rule the domain checks later (the
 * WireGuard mesh's) can still be reported as {@code FILE:LINE: what is wrong}.
 */
record LocatedInventory(String file, Inventory inventory, WireguardSettings wireguard, MonitorSection monitor,
                        Map<String, Integer> lines) {
    LocatedInventory {
        lines = Map.copyOf(lines);
    }

    /** The refusal pointed at its line when its field is one of the file's; as it is otherwise (say, {@code --node}). */
    InvalidInput locate(InvalidInput refusal) {
        Integer line = refusal.field().map(lines::get).orElse(null);
        return line == null ? refusal : new InventoryException(file + ":" + line + ": " + refusal.getMessage());
    }
}
