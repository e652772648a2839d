-- Conversations, their messages, personas, routing decisions and the mesh credential.
CREATE TABLE persona (
    name          VARCHAR(64)  PRIMARY KEY,
    description   VARCHAR(255) NOT NULL,
    system_prompt VARCHAR(8000) NOT NULL,
    built_in      BOOLEAN      NOT NULL
);

CREATE TABLE conversation (
    id       VARCHAR(36)  PRIMARY KEY,
    user_id  VARCHAR(36)  NOT NULL,
    title    VARCHAR(200) NOT NULL,
    persona  VARCHAR(64)  NOT NULL,
    model    VARCHAR(200),
    created  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_user ON conversation (user_id, updated);

CREATE TABLE chat_message (
    id              VARCHAR(36)  PRIMARY KEY,
    conversation_id VARCHAR(36)  NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    seq             BIGINT       NOT NULL,
    speaker         VARCHAR(16)  NOT NULL,
    content         TEXT         NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    node            VARCHAR(63),
    model           VARCHAR(200),
    prompt_tokens   INTEGER      NOT NULL,
    output_tokens   INTEGER      NOT NULL,
    first_token_ms  BIGINT       NOT NULL,
    total_ms        BIGINT       NOT NULL,
    decision_id     VARCHAR(36),
    note            VARCHAR(2000),
    created         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX chat_message_conversation ON chat_message (conversation_id, seq);

CREATE TABLE routing_decision (
    id             VARCHAR(36)  PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_on     VARCHAR(63)  NOT NULL,
    model          VARCHAR(200) NOT NULL,
    chosen         VARCHAR(63),
    estimated_s    DOUBLE PRECISION,
    candidates     TEXT         NOT NULL,
    served_by      VARCHAR(63),
    actual_s       DOUBLE PRECISION,
    outcome        VARCHAR(500)
);
CREATE INDEX routing_decision_at ON routing_decision (at);

CREATE TABLE mesh_secret (
    id     INTEGER     PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
);
