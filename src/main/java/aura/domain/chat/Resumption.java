package aura.domain.chat;

import java.util.Objects;

/**
 * An answer resumed on another node after the first failed mid-way; {@code shown} is what the person has already
 * seen. A server that continues the prefill sends only the rest; one that starts over repeats the start. Every
 * piece the new node sends passes through {@link #accept}, which holds text while it could still be a repeat of
 * the start of what was shown, drops a repeat once it is sure, and passes everything else on unchanged, so the
 * person sees one answer with no text twice.
 *
 * <p>What must hold: texts are compared ignoring whitespace differences (any run of spaces, tabs or newlines
 * matches any other run; leading whitespace does not count), and pieces may split words anywhere. Sure means the
 * new text repeats all that was shown (then only what follows is passed on, even the rest of a word the shown
 * text ended in), or agrees on at least {@link #SURE_WORDS} whole words before it diverges (a restart that goes on
 * differently: the agreed words are dropped, the rest is passed on). A new text agreeing on fewer words is a
 * continuation that happens to begin like the answer ("The cat. The dog."), and is passed on as sent.
 */
public final class Resumption {
    public static final int SURE_WORDS = 2;

    private final String shown;
    private final StringBuilder held = new StringBuilder();
    private boolean decided;

    public Resumption(String shown) {
        this.shown = Objects.requireNonNull(shown, "shown");
    }

    /** The text to show now for the next piece from the new node: empty while it is held. */
    public String accept(String piece) {
        if (decided) return piece;
        held.append(piece);
        String show = decide(false);
        if (show == null) return "";
        decided = true;
        return show;
    }

    /** At the end of the new node's answer: what was still held, unless it was all a repeat. */
    public String finish() {
        if (decided) return "";
        decided = true;
        return decide(true);
    }

    /** The text to pass on, or null to keep holding. */
    private String decide(boolean atEnd) {
        String s = shown;
        CharSequence n = held;
        int i = skipSpace(s, 0);
        int j = skipSpace(n, 0);
        int words = 0;
        int afterLastWord = 0;
        while (true) {
            if (i == s.length()) return trimAfterSpace(n.subSequence(j, n.length()).toString());
            if (j == n.length()) {
                if (!atEnd) return null;
                boolean wordEnds = Character.isWhitespace(s.charAt(i));
                return words + (wordEnds ? 1 : 0) >= SURE_WORDS ? "" : n.toString();
            }
            char a = s.charAt(i);
            char b = n.charAt(j);
            if (Character.isWhitespace(a) && Character.isWhitespace(b)) {
                words++;
                afterLastWord = j;
                i = skipSpace(s, i);
                j = skipSpace(n, j);
            } else if (a == b) {
                i++;
                j++;
            } else {
                return words >= SURE_WORDS ? trimAfterSpace(n.subSequence(afterLastWord, n.length()).toString()) : n.toString();
            }
        }
    }

    /** After shown text that ends in whitespace, the rest needs none of its own. */
    private String trimAfterSpace(String rest) {
        boolean shownEndsInSpace = !shown.isEmpty() && Character.isWhitespace(shown.charAt(shown.length() - 1));
        return shownEndsInSpace ? rest.substring(skipSpace(rest, 0)) : rest;
    }

    private static int skipSpace(CharSequence text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }
}
