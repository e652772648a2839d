-- The notes that went into the prompt for a question (the answer stream's context event), in their order, so its
-- answer shows them again when the conversation is reopened. The title is kept as it was then; deleted with the
-- question, so with its conversation.
CREATE TABLE cited_note (
    question_id VARCHAR(36)      NOT NULL REFERENCES chat_message (id) ON DELETE CASCADE,
    position    INTEGER          NOT NULL,
    note_id     VARCHAR(36)      NOT NULL,
    title       VARCHAR(200)     NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (question_id, position)
);
