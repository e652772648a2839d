package aura.application.training.port;

import aura.domain.training.JobClaim;
import aura.domain.training.JobProgress;
import aura.domain.training.ModelVersion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The model versions jobs produced, with their content, in the shared database every node reads. */
public interface TrainedModels {
    /**
     * Marks the claimed job completed and stores its model as the next version of its name, in one transaction.
     *
     * @return the new version, or empty when the claim was refused (nothing stored)
     */
    Optional<ModelVersion> complete(JobClaim claim, JobProgress last, Map<String, Double> metrics, byte[] content,
                                    Instant at);

    /** Every version, newest first. */
    List<ModelVersion> all();

    /** The LoRA versions not yet deployed on {@code node}: none recorded, or failed fewer than 5 times; oldest first. */
    List<ModelVersion> undeployed(String node);

    /** A version's stored content (for kind lora, the adapter's files archived). */
    Optional<byte[]> content(String name, int version);

    /** Records that {@code node} deployed the version ({@code error} null) or why it could not. */
    void deployed(String name, int version, String node, String error, Instant at);
}
