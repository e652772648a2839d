package aura.adapters.in.web;

import aura.application.chat.ListMeshModels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mesh model in the shapes of Ollama's {@code /api/tags}, {@code /api/ps} and {@code /api/show}. The mesh knows
 * names, not files: size is 0 and the digest is the SHA-256 of the name, stable so clients can cache by it.
 */
final class OllamaViews {
    private OllamaViews() {
    }

    static Map<String, Object> tag(ListMeshModels.MeshModel m) {
        Map<String, Object> tag = new LinkedHashMap<>();
        tag.put("name", m.name());
        tag.put("model", m.name());
        tag.put("modified_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        tag.put("size", 0L);
        tag.put("digest", digest(m.name()));
        tag.put("details", details(m));
        return tag;
    }

    static Map<String, Object> running(ListMeshModels.MeshModel m) {
        Map<String, Object> ps = new LinkedHashMap<>();
        ps.put("name", m.name());
        ps.put("model", m.name());
        ps.put("size", 0L);
        ps.put("digest", digest(m.name()));
        ps.put("details", details(m));
        ps.put("expires_at", Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        ps.put("size_vram", 0L);
        return ps;
    }

    static Map<String, Object> show(ListMeshModels.MeshModel m) {
        Map<String, Object> show = new LinkedHashMap<>();
        show.put("modelfile", "# served by the Aura mesh: " + String.join(", ", m.nodes()) + "\nFROM " + m.name() + "\n");
        show.put("parameters", "");
        show.put("template", "{{ .Prompt }}");
        show.put("details", details(m));
        show.put("model_info", Map.of("aura.nodes", m.nodes()));
        show.put("capabilities", java.util.List.of("completion"));
        show.put("modified_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return show;
    }

    private static Map<String, Object> details(ListMeshModels.MeshModel m) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("parent_model", "");
        details.put("format", "");
        details.put("family", family(m.name()));
        details.put("families", null);
        details.put("parameter_size", "");
        details.put("quantization_level", "");
        return details;
    }

    private static String family(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    private static String digest(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
