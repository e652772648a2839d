-- Whether a conversation's questions take the person's notes along into the prompt. No row: they do (the default).
CREATE TABLE conversation_notes (
    conversation_id VARCHAR(36) PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    notes           BOOLEAN     NOT NULL
);
