package aura.domain.policy;

import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The cache key of a deterministic request: a SHA-256 over its model, output cap and every message (role and
 * text), each field length-prefixed so no two different requests write the same bytes.
 */
public final class ResponseKey {
    private ResponseKey() {
    }

    public static String of(GenerationRequest request) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, request.model());
        field(canonical, request.maxTokens().isPresent() ? Integer.toString(request.maxTokens().getAsInt()) : "");
        for (ChatTurn t : request.turns()) {
            field(canonical, t.role());
            field(canonical, t.content());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append(';');
    }
}
