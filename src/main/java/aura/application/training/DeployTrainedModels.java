package aura.application.training;

import aura.application.node.ThisNode;
import aura.application.training.port.ModelServer;
import aura.application.training.port.TrainedModels;
import aura.domain.training.AdapterFiles;
import aura.domain.training.ModelVersion;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * On a node with an Ollama server: creates there, as a model of its own named {@code <model_name>:<version>}, every
 * LoRA version this node has not deployed yet (a failure is recorded and tried again, five times at most). Every
 * such node does this, so a version reaches every GPU node, also those that were away when it was trained.
 */
@Singleton
public record DeployTrainedModels(TrainedModels models, ModelServer server, ThisNode thisNode, Clock clock) {
    /** @return how many versions were deployed now */
    public int deployNew() {
        if (!server.available()) return 0;
        String node = thisNode.name();
        int deployed = 0;
        for (ModelVersion v : models.undeployed(node)) {
            try {
                AdapterFiles files = AdapterFiles.decode(models.content(v.name(), v.version()).orElseThrow(() ->
                        new IllegalStateException("model " + v.reference() + " has no stored adapter")));
                server.create(v.reference(), v.baseModel(), files.files());
                models.deployed(v.name(), v.version(), node, null, clock.instant());
                deployed++;
            } catch (RuntimeException e) {
                models.deployed(v.name(), v.version(), node, String.valueOf(e.getMessage()), clock.instant());
            }
        }
        return deployed;
    }
}
