package aura.domain.chat;

import aura.domain.problem.InvalidInput;

import java.time.Instant;
import java.util.Optional;

/** A person's conversation: a title, the persona that frames it, and its default model. */
public record Conversation(String id, String userId, String title, String persona, Optional<String> model,
                          Instant created, Instant updated) {
    public static final int MAX_TITLE = 200;

    public Conversation {
        if (id == null || userId == null || persona == null || created == null || updated == null) {
            throw new IllegalArgumentException("conversation is incomplete");
        }
        title = checkTitle(title);
        if (model == null) model = Optional.empty();
    }

    public static String checkTitle(String title) {
        String t = title == null || title.isBlank() ? "New conversation" : title.strip();
        if (t.length() > MAX_TITLE) throw new InvalidInput("title", "title must be at most " + MAX_TITLE + " characters");
        return t;
    }

    public Conversation touched(Instant at) {
        return new Conversation(id, userId, title, persona, model, created, at);
    }

    public Conversation retitled(String newTitle, Instant at) {
        return new Conversation(id, userId, newTitle, persona, model, created, at);
    }
}
