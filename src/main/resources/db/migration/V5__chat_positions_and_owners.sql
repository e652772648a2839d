-- Every message has its own position in its conversation, allocated from a counter on the conversation (one
-- atomic row update, on H2 and Postgres alike) and guarded by a unique key. An answer names the question it
-- answers, and while it streams, the node generating it, so a node that dies mid-answer leaves no orphan.
ALTER TABLE conversation ADD COLUMN last_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE chat_message ADD COLUMN reply_to VARCHAR(36);
ALTER TABLE chat_message ADD COLUMN owner_node VARCHAR(63);

-- Positions written before this could repeat: renumber each conversation 1..n in the order it had.
ALTER TABLE chat_message ADD COLUMN renumbered BIGINT;
UPDATE chat_message SET renumbered = (SELECT COUNT(*) FROM chat_message o
    WHERE o.conversation_id = chat_message.conversation_id
      AND (o.seq < chat_message.seq OR (o.seq = chat_message.seq AND o.id <= chat_message.id)));
UPDATE chat_message SET seq = renumbered;
ALTER TABLE chat_message DROP COLUMN renumbered;
UPDATE conversation SET last_seq = COALESCE((SELECT MAX(m.seq) FROM chat_message m WHERE m.conversation_id = conversation.id), 0);

DROP INDEX chat_message_conversation;
ALTER TABLE chat_message ADD CONSTRAINT chat_message_position UNIQUE (conversation_id, seq);
CREATE INDEX chat_message_streaming ON chat_message (state, owner_node);
