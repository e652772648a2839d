package aura.adapters.out.jdbc;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.Conversations;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.Conversation;
import aura.domain.chat.MessageState;
import aura.domain.problem.NotFound;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conversations and their messages on the real Postgres (positions and owners: {@link ChatPositionsTest}). */
class JdbcConversationsTest extends OnPostgres {
    Conversations conversations() {
        return bean(Conversations.class);
    }

    ChatMessages messages() {
        return bean(ChatMessages.class);
    }

    static Conversation conversation(String userId, int updatedMinute) {
        return new Conversation(UUID.randomUUID().toString(), userId, "about " + updatedMinute, "assistant",
                Optional.of("llama3"), T0, minutesAfterT0(updatedMinute));
    }

    static String someone() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aConversationIsFoundAsItWasSavedAndSavingAgainUpdatesIt() {
        var c = conversation(someone(), 0);
        conversations().save(c);
        assertThat(conversations().find(c.id())).contains(c);

        var renamed = c.retitled("trip to Paris", minutesAfterT0(9));
        conversations().save(renamed);

        assertThat(conversations().find(c.id())).contains(renamed);
        assertThat(conversations().forUser(c.userId())).containsExactly(renamed);
    }

    @Test
    void aPersonsConversationsAreListedMostRecentlyUpdatedFirstAndNobodyElses() {
        String ann = someone();
        var old = conversation(ann, 1);
        var recent = conversation(ann, 7);
        var middle = conversation(ann, 4);
        for (var c : new Conversation[] {old, recent, middle, conversation(someone(), 5)}) conversations().save(c);

        assertThat(conversations().forUser(ann)).containsExactly(recent, middle, old);
    }

    @Test
    void messagesAreStoredInPositionOrderAndAnAnswerIsUpdatedInPlace() {
        var c = conversation(someone(), 0);
        conversations().save(c);
        var question = ChatMessage.question(UUID.randomUUID().toString(), c.id(), messages().claimPosition(c.id()),
                "capital of France?", "lead", "llama3", T0);
        messages().add(question);
        var answer = ChatMessage.answering(question, UUID.randomUUID().toString(), messages().claimPosition(c.id()),
                Optional.of("gpu"), "llama3", "decision-1", "lead", minutesAfterT0(1));
        messages().add(answer);

        var done = answer.finished("Paris.", MessageState.COMPLETE, "gpu", 12, 3, 40, 90, Optional.empty());
        messages().update(done);

        assertThat(messages().of(c.id())).containsExactly(question, done);
        assertThat(messages().message(answer.id())).contains(done);
        assertThat(messages().streaming()).extracting(ChatMessage::id).doesNotContain(answer.id());
    }

    @Test
    void deletingAConversationDeletesItsMessages() {
        var c = conversation(someone(), 0);
        conversations().save(c);
        var question = ChatMessage.question(UUID.randomUUID().toString(), c.id(), messages().claimPosition(c.id()),
                "forget me", "lead", "llama3", T0);
        messages().add(question);

        conversations().delete(c.id());

        assertThat(conversations().find(c.id())).isEmpty();
        assertThat(messages().message(question.id())).isEmpty();
        assertThat(messages().of(c.id())).isEmpty();
    }

    @Test
    void whatDoesNotExistIsEmptyAndAPositionInAMissingConversationIsNotFound() {
        assertThat(conversations().find("no-such-conversation")).isEmpty();
        assertThat(conversations().forUser(someone())).isEmpty();
        assertThat(messages().message("no-such-message")).isEmpty();
        assertThatThrownBy(() -> messages().claimPosition("no-such-conversation")).isInstanceOf(NotFound.class);
    }
}
