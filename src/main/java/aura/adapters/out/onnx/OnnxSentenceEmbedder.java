package aura.adapters.out.onnx;

import aura.application.memory.port.Embedder;
import aura.domain.memory.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.inject.Singleton;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, 384 dimensions), run by ONNX Runtime in this process; the
 * model and its tokenizer ride inside the langchain4j jar, so nothing is downloaded. Loading takes about a second,
 * so it happens on first use or when {@link #prepare()} is called in the background, never during start-up.
 */
@Singleton
public class OnnxSentenceEmbedder implements Embedder {
    static final String MODEL = "all-minilm-l6-v2-q";
    private volatile EmbeddingModel model;

    @Override
    public Embedding embed(String text) {
        return new Embedding(MODEL, loaded().embed(text).content().vector());
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public void prepare() {
        loaded();
    }

    private EmbeddingModel loaded() {
        EmbeddingModel m = model;
        if (m != null) return m;
        synchronized (this) {
            if (model == null) {
                // The tokenizer's DJL library would otherwise ask a cloud metadata address where it runs.
                if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
                model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            }
            return model;
        }
    }
}
