package aura.application.chat;

import aura.application.auth.Caller;

import java.util.List;

/** What the person's notes say that bears on a question: asked before generation, added to the prompt. */
public interface ChatMemory {
    /** The caller's notes for {@code question}, most relevant first; pinned notes always among them. */
    List<RecalledNote> recall(Caller caller, String question);

    /** A note that went into a prompt, and how well it matched (0 for a pinned note the search did not find). */
    record RecalledNote(String id, String title, String body, double score) {
    }

    ChatMemory NONE = (caller, question) -> List.of();
}
