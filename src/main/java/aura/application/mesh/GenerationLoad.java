package aura.application.mesh;

import aura.domain.mesh.ServedModel;

import java.util.List;
import java.util.OptionalDouble;

/** What this node generates and how busy it is, for its heartbeat. */
public interface GenerationLoad {
    List<ServedModel> servedModels();

    int activeGenerations();

    int queuedGenerations();

    /**
     * Seconds this node expects to need for the generations it holds now, at its measured speeds (the priors of a
     * {@code gpu} or CPU node for a model not yet measured); empty when it cannot say.
     */
    default OptionalDouble drainSeconds(boolean gpu) {
        return OptionalDouble.empty();
    }
}
