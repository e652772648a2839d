package aura.domain.memory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two notes are: the cosine of their embeddings, and the words they share once case, accents, spacing
 * and punctuation are set aside. Saving a note very alike to one the person already has is more likely a repeat
 * than a new thought.
 */
public final class Likeness {
    private Likeness() {
    }

    /** The cosine of two vectors of one model; 0 when either has no direction. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("vectors of different models cannot be compared");
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    public static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    /** The share of their distinct words the two texts have in common (Jaccard), from 0 to 1. */
    public static double sharedWords(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(words(a).split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(words(b).split(" ")));
        x.remove("");
        y.remove("");
        if (x.isEmpty() && y.isEmpty()) return 1;
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
