package aura.domain.memory;

import aura.domain.problem.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sticky note of one person. It holds a title or a body (or both); the body is Markdown of at most 100 KB; tags
 * are at most {@value #MAX_TAGS} distinct lower-case words; an expired note no longer shows in lists or search.
 */
public record Note(String id, String ownerId, String title, String body, List<String> tags, NoteColour colour,
                   boolean pinned, Optional<Instant> expires, Instant created, Instant updated) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY_BYTES = 100 * 1024;
    public static final int MAX_TAGS = 20;
    private static final Pattern TAG = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}][\\p{Ll}\\p{Lo}\\p{N}_-]{0,39}");

    public Note {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body;
        if (title.length() > MAX_TITLE) throw new InvalidInput("title", "title is at most " + MAX_TITLE + " characters");
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new InvalidInput("body", "body is at most 100 KB");
        }
        if (title.isEmpty() && body.isBlank()) throw new InvalidInput("body", "a note needs a title or a body");
        tags = tags(tags);
        if (colour == null) colour = NoteColour.YELLOW;
        if (expires == null) expires = Optional.empty();
    }

    private static List<String> tags(List<String> given) {
        if (given == null) return List.of();
        var distinct = new LinkedHashSet<String>();
        for (String t : given) {
            if (t == null || !TAG.matcher(t).matches()) {
                throw new InvalidInput("tags", "a tag is 1-40 lower-case letters, digits, '-' or '_', starting with a letter or digit");
            }
            distinct.add(t);
        }
        if (distinct.size() > MAX_TAGS) throw new InvalidInput("tags", "a note has at most " + MAX_TAGS + " tags");
        return List.copyOf(distinct);
    }

    public boolean expiredAt(Instant now) {
        return expires.isPresent() && !expires.get().isAfter(now);
    }

    public boolean ownedBy(String userId) {
        return ownerId.equals(userId);
    }

    /** What is indexed and embedded: the title, then the body. */
    public String text() {
        return title.isEmpty() ? body : body.isEmpty() ? title : title + "\n" + body;
    }
}
