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
}
