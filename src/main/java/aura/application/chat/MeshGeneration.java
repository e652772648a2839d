package aura.application.chat;

import aura.domain.chat.GenerationRequest;

/** A generation somewhere in the mesh, followed by an observer on the calling thread ({@link RoutedGeneration}). */
public interface MeshGeneration {
    void run(GenerationRequest request, RoutedGeneration.Observer observer);

    /** The same, for a person: {@code requestedBy} (a user id) is recorded with the routing decision. */
    default void run(GenerationRequest request, java.util.Optional<String> requestedBy, RoutedGeneration.Observer observer) {
        run(request, observer);
    }
}
