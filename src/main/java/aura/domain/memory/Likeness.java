package aura.domain.memory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How alike two notes are: the cosine of their embeddings, and whether they hold the same words once case,
 * accents, spacing and punctuation are set aside. Saving a note this alike to one the person already has is
 * more likely a repeat than a new thought.
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

    private static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
