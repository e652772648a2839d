package aura.application.memory.port;

import java.time.Instant;
import java.util.Optional;

/**
 * A search of {@code ownerId}'s notes: {@code text} for the words, {@code vector} (the text's embedding) for the
 * meaning, at most {@code depth} ids from each; a match by meaning needs a cosine of at least {@code minCosine}.
 */
public record IndexQuery(String ownerId, String text, float[] vector, Optional<String> tag, int depth, Instant now,
                         double minCosine) {
}
