package aura.application.training.port;

import java.util.Map;

/** This node's Ollama, where trained adapters are deployed as models of their own. */
public interface ModelServer {
    /** Whether this node has an Ollama server to deploy to. */
    boolean available();

    /**
     * Creates (or replaces) the model {@code name} from {@code baseModel} with the adapter's files.
     *
     * @throws IllegalStateException when the server refused it (the message says why)
     */
    void create(String name, String baseModel, Map<String, byte[]> adapterFiles);
}
