package aura.application.network;

import java.util.List;

/** The configurations written (where), and the nodes whose own configuration must be rendered on them ({@code --node}). */
public record RenderedTunnels(List<String> written, List<String> keptOnTheirNode) {
    public RenderedTunnels {
        written = List.copyOf(written);
        keptOnTheirNode = List.copyOf(keptOnTheirNode);
    }
}
