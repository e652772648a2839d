package aura.application.memory.port;

import java.util.List;

/** Note ids best first: found by their words (BM25) and by their meaning (nearest embeddings). */
public record IndexHits(List<String> byText, List<String> byMeaning) {
}
