-- Every finished generation's tokens, charged to the person it was for, with the model and the node that served
-- it; summed per period for usage reports and budgets. Costs are not stored: they follow today's price list.
CREATE TABLE usage_record (
    id             VARCHAR(36)  PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id        VARCHAR(36)  NOT NULL,
    model          VARCHAR(200) NOT NULL,
    node           VARCHAR(63)  NOT NULL,
    prompt_tokens  INTEGER      NOT NULL,
    output_tokens  INTEGER      NOT NULL
);
CREATE INDEX usage_record_user_at ON usage_record (user_id, at);
CREATE INDEX usage_record_at ON usage_record (at);

-- Monthly budgets an admin gave particular people (everyone else has the node's default budget). A NULL limit
-- is no limit of that kind.
CREATE TABLE user_budget (
    user_id   VARCHAR(36) PRIMARY KEY,
    tokens    BIGINT,
    dollars   DOUBLE PRECISION,
    hard_cap  BOOLEAN     NOT NULL
);

-- A conversation pinned to a model tier: its questions go to that tier's model unless one names a model itself.
CREATE TABLE conversation_tier (
    conversation_id VARCHAR(36) PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    tier            VARCHAR(16) NOT NULL
);
