package aura.adapters.in.schedule;

import aura.application.training.DeployTrainedModels;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code aura.training.deploy-every}, this node (when it has an Ollama server) creates the LoRA model versions
 * it has not deployed yet; the executor also asks right after each job, so its own result is there at once.
 */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
class ModelDeployment {
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);
    private final DeployTrainedModels deploy;

    ModelDeployment(DeployTrainedModels deploy) {
        this.deploy = deploy;
    }

    @Scheduled(fixedDelay = "${aura.training.deploy-every:10s}", initialDelay = "1s")
    synchronized void deployNew() {
        try {
            int n = deploy.deployNew();
            if (n > 0) LOG.info("Deployed {} trained model version(s) to this node's Ollama", n);
        } catch (RuntimeException e) {
            LOG.warn("Could not deploy trained models; the next round tries again: {}", e.toString());
        }
    }
}
