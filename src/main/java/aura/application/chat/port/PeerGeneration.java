package aura.application.chat.port;

import aura.application.chat.Cancellation;
import aura.domain.chat.GenerationOutcome;
import aura.domain.chat.GenerationRequest;
import aura.domain.chat.TokenSink;

/** Runs a generation on another node of the mesh, at the address and port its live heartbeat advertises. */
public interface PeerGeneration {
    GenerationOutcome generate(String address, int port, GenerationRequest request, TokenSink sink, Cancellation cancel);
}
