package aura.domain.routing;

/** A node that could serve the request, with its estimate; {@code reasonLost} is null for the chosen one. */
public record Candidate(Estimate estimate, String reasonLost) {
    public String node() {
        return estimate.node();
    }

    public boolean chosen() {
        return reasonLost == null;
    }
}
