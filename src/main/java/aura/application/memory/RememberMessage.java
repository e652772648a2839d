package aura.application.memory;

import aura.application.auth.Caller;
import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.Conversations;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.ChatTurn;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * "Remember this" on a message of one of the caller's conversations, theirs or the assistant's: a note whose body
 * is the message, titled by its first line and tagged {@value #TAG}. Saved as any new note is, so a message
 * already noted is offered as an update of that note.
 */
@Singleton
public record RememberMessage(Conversations conversations, ChatMessages messages, CreateNote createNote) {
    public static final String TAG = "chat";
    private static final int TITLE = 80;

    public CreateNote.Outcome remember(Caller caller, String conversationId, String messageId, boolean evenIfSimilar) {
        var conversation = conversations.find(conversationId).filter(c -> c.userId().equals(caller.userId()))
                .orElseThrow(() -> new NotFound("no conversation " + conversationId));
        ChatMessage message = messages.message(messageId).filter(m -> m.conversationId().equals(conversation.id()))
                .orElseThrow(() -> new NotFound("no message " + messageId + " in this conversation"));
        if (message.speaker() == ChatTurn.Speaker.SYSTEM) throw new InvalidInput("messageId", "only the person's and the assistant's messages can be remembered");
        if (message.content().isBlank()) throw new InvalidInput("messageId", "the message has no text yet");
        return createNote.create(caller, new NoteDraft(title(message.content()), message.content(), List.of(TAG),
                Optional.empty(), false, Optional.empty()), evenIfSimilar);
    }

    /** The first line with text, without Markdown's heading and emphasis marks, cut at a word. */
    private static String title(String content) {
        String line = content.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = line.replaceAll("^[#>*\\-\\s]+", "").replaceAll("[*_`]", "").strip();
        if (line.length() <= TITLE) return line;
        int space = line.lastIndexOf(' ', TITLE - 1);
        return line.substring(0, space > TITLE / 2 ? space : TITLE - 1) + "…";
    }
}
