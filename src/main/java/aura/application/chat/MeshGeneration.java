package aura.application.chat;

import aura.domain.chat.GenerationRequest;

/** A generation somewhere in the mesh, followed by an observer on the calling thread ({@link RoutedGeneration}). */
public interface MeshGeneration {
    void run(GenerationRequest request, RoutedGeneration.Observer observer);
}
