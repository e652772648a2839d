/**
 * The agent router's domain: which node of the mesh will finish a generation first.
 *
 * <p>{@link aura.domain.routing.CostModel} turns what a node publishes about itself ({@link
 * aura.domain.routing.NodeSnapshot}) into an {@link aura.domain.routing.Estimate} of seconds until the last token
 * of an answer reaches the deciding node; {@link aura.domain.routing.Router} ranks the candidates, spreads near-ties
 * and says why each loser lost. Every constant is a measurement where one exists (tokens per second per model per
 * node, round-trip times, load, queue lengths) and a documented prior ({@link aura.domain.routing.ThroughputPriors})
 * until one does.
 */
package aura.domain.routing;
