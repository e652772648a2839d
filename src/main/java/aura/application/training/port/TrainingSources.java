package aura.application.training.port;

import aura.domain.training.DatasetTable;
import aura.domain.training.PromptPair;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The mesh's own data a job can train on: a node's metric history and the conversations with a persona. */
public interface TrainingSources {
    /**
     * The node's metric history up to {@code until}: a column per metric, a row per sampling time at which every
     * metric was sampled, oldest first; empty when the mesh knows no such node.
     */
    Optional<DatasetTable> metricHistory(String node, Instant until);

    /** Whether a persona of that name exists. */
    boolean personaExists(String persona);

    /**
     * Every complete answer of a conversation with the persona up to {@code until}, as the question it answered and
     * the answer, grouped by conversation; only the conversations of {@code userId}.
     */
    List<PromptPair> conversations(String persona, String userId, Instant until);
}
