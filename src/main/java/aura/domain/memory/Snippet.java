package aura.domain.memory;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a note's text to show beside a search hit: about {@code width} characters around the first word of
 * the longest word of the query the text contains (the most telling one; the first such place), or its beginning
 * when it shares none (a match by meaning alone), on one line.
 */
public final class Snippet {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

    private Snippet() {
    }

    public static String of(String text, String query, int width) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= width) return flat;
        int hit = firstHit(flat.toLowerCase(Locale.ROOT), query.toLowerCase(Locale.ROOT));
        int start = Math.max(0, Math.min(hit - width / 3, flat.length() - width));
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            if (space >= 0 && space < hit) start = space + 1;
        }
        int end = Math.min(flat.length(), start + width);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            if (space > start + width / 2) end = space;
        }
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }

    private static int firstHit(String text, String query) {
        int best = 0;
        int longest = 0;
        Matcher words = WORD.matcher(query);
        while (words.find()) {
            String word = words.group();
            Matcher inText = Pattern.compile("\\b" + Pattern.quote(word), Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
            if (word.length() > longest && inText.find()) {
                longest = word.length();
                best = inText.start();
            }
        }
        return best;
    }
}
