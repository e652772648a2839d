package aura.testing;

import aura.domain.node.Role;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One solo node for a whole test class, as {@code serve} starts it: in a fresh data directory before the first
 * test, closed (and its directory removed) after the last. Register it with
 * {@code @RegisterExtension static final SoloNode node = SoloNode.named("tda-box", Role.LEAD);}.
 */
public final class SoloNode implements BeforeAllCallback, AfterAllCallback {
    /** What a test puts into the data directory before the node starts (a model file, say). */
    public interface Preparation {
        void into(Path dataDir) throws IOException;
    }

    private final String name;
    private final Role role;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private Preparation preparation = dataDir -> { };
    private Path dataDir;
    private InProcessNode node;
    private String token;

    private SoloNode(String name, Role role) {
        this.name = name;
        this.role = role;
    }

    public static SoloNode named(String name, Role role) {
        return new SoloNode(name, role);
    }

    /** A node with the role a solo node takes by default. */
    public static SoloNode named(String name) {
        return new SoloNode(name, null);
    }

    public SoloNode preparing(Preparation preparation) {
        this.preparation = preparation;
        return this;
    }

    /** A system property the node reads while it starts; it is set for the start only. */
    public SoloNode withProperty(String key, String value) {
        properties.put(key, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("aura-" + name);
        preparation.into(dataDir);
        properties.forEach(System::setProperty);
        try {
            node = role == null ? InProcessNode.solo(dataDir, name) : InProcessNode.solo(dataDir, name, role);
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (node != null) node.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(SoloNode::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InProcessNode node() {
        return node;
    }

    /** One of the node's beans, to look at its in-memory state. */
    public <T> T bean(Class<T> type) {
        return node.context().getBean(type);
    }

    public Path dataDir() {
        return dataDir;
    }

    public String base() {
        return node.base();
    }

    /** The first admin's access token (bootstrapped on first use). */
    public String token() {
        if (token == null) token = node.adminToken();
        return token;
    }

    /** {@code POST} of a JSON body to {@code path} as the admin. */
    public HttpResponse<String> post(String path, String json) {
        return Http.post(base() + path, json, token());
    }
}
