package aura.application.mesh;

import aura.domain.mesh.ServedModel;

import java.util.List;

/** What this node generates and how busy it is, for its heartbeat. */
public interface GenerationLoad {
    List<ServedModel> servedModels();

    int activeGenerations();

    int queuedGenerations();
}
