package aura.application.network;

import aura.application.network.port.WireguardConfigs;
import aura.application.network.port.WireguardKeys;
import aura.domain.network.MeshKey;
import aura.domain.network.WireguardConfig;
import aura.domain.network.WireguardKey;
import aura.domain.network.WireguardMesh;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the mesh's wg-quick configurations from the inventory: every node's, or one node's with its private
 * key kept on that node. Keys already made are reused, so rendering again after an inventory change changes
 * only what the change touched. Nothing is written when the inventory breaks a rule of the mesh.
 */
@Singleton
public record RenderTunnels(WireguardKeys keys, WireguardConfigs configs) {
    /** @throws aura.domain.problem.InvalidInput naming the inventory field at fault, or {@code --node} */
    public RenderedTunnels render(TunnelRequest request) {
        WireguardMesh mesh = WireguardMesh.of(request.inventory(), request.settings());
        Optional<WireguardMesh.Member> only = request.node().map(name -> mesh.member(name, "--node"));
        Map<String, MeshKey> meshKeys = new LinkedHashMap<>();
        for (WireguardMesh.Member member : mesh.members()) {
            boolean own = only.isPresent() && only.get().equals(member);
            // The node's own key is asked for first: that is what puts its public half beside the others'.
            Optional<WireguardKey> ownKey = own ? Optional.of(keys.ownKeyOf(member.name())) : Optional.empty();
            MeshKey kept = keys.keyOf(member.name());
            meshKeys.put(member.name(), own ? new MeshKey(kept.publicKey(), ownKey) : kept);
        }
        Map<String, WireguardKey> publicKeys = new HashMap<>();
        meshKeys.forEach((name, key) -> publicKeys.put(name, key.publicKey()));
        List<String> written = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (WireguardMesh.Member member : only.map(List::of).orElse(mesh.members())) {
            Optional<WireguardKey> privateKey = meshKeys.get(member.name()).privateKey();
            if (privateKey.isEmpty()) {
                elsewhere.add(member.name());
                continue;
            }
            Map<String, WireguardKey> preshared = new HashMap<>();
            if (request.presharedKeys()) {
                mesh.peersOf(member).forEach(peer -> preshared.put(peer.name(), keys.presharedKey(member.name(), peer.name())));
            }
            written.add(configs.write(member.name(),
                    WireguardConfig.render(mesh, member, privateKey.get(), publicKeys, preshared)));
        }
        return new RenderedTunnels(written, elsewhere);
    }
}
