package aura.domain.routing;

/**
 * Expected seconds until the last token of an answer generated on {@code node} reaches the deciding node, and
 * its parts: {@code seconds = generationSeconds + queueSeconds + networkSeconds + loadSeconds}.
 * {@code tokensPerSecond} is the decode speed used, {@code measured} whether it was measured or a prior.
 */
public record Estimate(String node, double seconds, double generationSeconds, double queueSeconds,
                       double networkSeconds, double loadSeconds, double tokensPerSecond, boolean measured) {
}
