package aura.adapters.out.jdbc;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.CitedNotes;
import aura.application.chat.port.Conversations;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.CitedNote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The notes each question took into its prompt, on the real Postgres: in order, per conversation, gone with it. */
class JdbcCitedNotesTest extends OnPostgres {
    private ChatMessage question(String conversationId, String text) {
        var messages = bean(ChatMessages.class);
        var q = ChatMessage.question(UUID.randomUUID().toString(), conversationId, messages.claimPosition(conversationId),
                text, "lead", "llama3", T0);
        messages.add(q);
        return q;
    }

    @Test
    void eachQuestionsNotesComeBackInTheirOrderWithTheirConversationOnlyAndGoWithIt() {
        var conversations = bean(Conversations.class);
        var cited = bean(CitedNotes.class);
        var c = JdbcConversationsTest.conversation(JdbcConversationsTest.someone(), 0);
        var other = JdbcConversationsTest.conversation(JdbcConversationsTest.someone(), 0);
        conversations.save(c);
        conversations.save(other);
        var gift = question(c.id(), "a present for my daughter?");
        var weather = question(c.id(), "will it rain?");
        var elsewhere = question(other.id(), "the boiler?");
        var wish = new CitedNote("n1", "Emma's birthday wish", 0.032);
        var aboutMe = new CitedNote("n2", "About me", 0);
        cited.cite(gift.id(), List.of(wish, aboutMe));
        cited.cite(weather.id(), List.of());
        cited.cite(elsewhere.id(), List.of(new CitedNote("n3", "Boiler", 0.016)));

        var found = cited.inConversation(c.id());
        assertThat(found).containsOnlyKeys(gift.id());
        assertThat(found.get(gift.id())).containsExactly(wish, aboutMe);

        conversations.delete(c.id());
        assertThat(cited.inConversation(c.id())).isEmpty();
        assertThat(cited.inConversation(other.id())).containsOnlyKeys(elsewhere.id());
    }
}
