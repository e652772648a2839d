package aura_broken.adapters.out.mixed;

/** Breaks: every technology outside the adapter package named for it. */
public class TechnologyInTheWrongPlace {
    redis.clients.jedis.UnifiedJedis redis;
    ai.djl.ndarray.NDArray array;
    org.bytedeco.javacpp.Pointer pointer;
    oshi.SystemInfo system;
    org.bouncycastle.crypto.params.Argon2Parameters argon;
    io.micronaut.data.annotation.Query query;
    java.sql.Connection connection;
    picocli.CommandLine commandLine;
    org.yaml.snakeyaml.Yaml yaml;
    org.apache.lucene.index.IndexWriter lucene;
    dev.langchain4j.model.embedding.EmbeddingModel embeddings;
    ai.onnxruntime.OrtSession onnx;
    javax.jmdns.JmDNS mdns;
}
