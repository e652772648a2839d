package aura.application.chat.port;

import aura.domain.chat.CitedNote;

import java.util.List;
import java.util.Map;

/** The notes each question took into its answer's prompt, kept so that the answer can show them again. */
public interface CitedNotes {
    void cite(String questionId, List<CitedNote> notes);

    /** By question id, each question's notes in the order the prompt had them; a question without any is absent. */
    Map<String, List<CitedNote>> inConversation(String conversationId);
}
