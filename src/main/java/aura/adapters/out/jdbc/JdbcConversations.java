package aura.adapters.out.jdbc;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.Conversations;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.Conversation;
import aura.domain.chat.MessageState;
import aura.domain.problem.NotFound;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Conversations and their messages in the node's database (the mesh's shared Postgres). */
@Singleton
@DatabaseOutages
public class JdbcConversations implements Conversations, ChatMessages {
    private final ConversationRows conversations;
    private final ChatMessageRows messages;
    private final SynchronousCommits synchronousCommits;

    public JdbcConversations(ConversationRows conversations, ChatMessageRows messages,
                             SynchronousCommits synchronousCommits) {
        this.conversations = conversations;
        this.messages = messages;
        this.synchronousCommits = synchronousCommits;
    }

    @Override
    public void save(Conversation c) {
        var row = row(c);
        if (conversations.existsById(c.id())) conversations.update(row);
        else conversations.save(row);
    }

    @Override
    public Optional<Conversation> find(String id) {
        return conversations.findById(id).map(JdbcConversations::toDomain);
    }

    @Override
    public List<Conversation> forUser(String userId) {
        return conversations.findByUserIdOrderByUpdatedDesc(userId).stream().map(JdbcConversations::toDomain).toList();
    }

    @Override
    public void delete(String id) {
        conversations.deleteById(id);
    }

    @Override
    @Transactional
    public long claimPosition(String conversationId) {
        if (conversations.advancePosition(conversationId) != 1) throw new NotFound("no conversation " + conversationId);
        return conversations.lastPosition(conversationId);
    }

    @Override
    public boolean updateIfOwnedBy(ChatMessage m, String owner) {
        var r = toRow(m);
        return messages.updateOwned(r.id(), owner, r.content(), r.state(), r.node(), r.promptTokens(), r.outputTokens(),
                r.firstTokenMs(), r.totalMs(), r.decisionId(), r.note(), r.ownerNode()) == 1;
    }

    @Override
    public boolean takeOver(String messageId, String owner) {
        return messages.takeOver(messageId, owner) == 1;
    }

    @Override
    public List<ChatMessage> streaming() {
        return messages.findByState(MessageState.STREAMING.name()).stream().map(JdbcConversations::toDomain).toList();
    }

    /** A person's message (and the start of its answer) is never lost with the primary: synchronous commit. */
    @Override
    @Transactional
    public void add(ChatMessage m) {
        synchronousCommits.waitForStandby();
        messages.save(toRow(m));
    }

    @Override
    public void update(ChatMessage m) {
        messages.update(toRow(m));
    }

    @Override
    public Optional<ChatMessage> message(String id) {
        return messages.findById(id).map(JdbcConversations::toDomain);
    }

    @Override
    public List<ChatMessage> of(String conversationId) {
        return messages.findByConversationIdOrderBySeq(conversationId).stream().map(JdbcConversations::toDomain).toList();
    }

    private static ConversationRow row(Conversation c) {
        return new ConversationRow(c.id(), c.userId(), c.title(), c.persona(), c.model().orElse(null), c.created(), c.updated());
    }

    private static Conversation toDomain(ConversationRow r) {
        return new Conversation(r.id(), r.userId(), r.title(), r.persona(), Optional.ofNullable(r.model()), r.created(), r.updated());
    }

    private static ChatMessageRow toRow(ChatMessage m) {
        return new ChatMessageRow(m.id(), m.conversationId(), m.seq(), m.speaker().name(), m.content(), m.state().name(),
                m.node().orElse(null), m.model().orElse(null), m.promptTokens(), m.outputTokens(), m.firstTokenMillis(),
                m.totalMillis(), m.decisionId().orElse(null), m.note().orElse(null), m.created(), m.replyTo().orElse(null),
                m.owner().orElse(null));
    }

    private static ChatMessage toDomain(ChatMessageRow r) {
        return new ChatMessage(r.id(), r.conversationId(), r.seq(), ChatTurn.Speaker.valueOf(r.speaker()), r.content(),
                MessageState.valueOf(r.state()), Optional.ofNullable(r.node()), Optional.ofNullable(r.model()),
                r.promptTokens(), r.outputTokens(), r.firstTokenMs(), r.totalMs(), Optional.ofNullable(r.decisionId()),
                Optional.ofNullable(r.note()), r.created(), Optional.ofNullable(r.replyTo()), Optional.ofNullable(r.ownerNode()));
    }
}
