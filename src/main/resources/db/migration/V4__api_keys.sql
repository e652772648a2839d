-- Per-user API keys for OpenAI- and Ollama-compatible clients. Only a hash of the secret is stored.
CREATE TABLE api_key (
    id         VARCHAR(32)  PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    hash       VARCHAR(64)  NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used  TIMESTAMP WITH TIME ZONE,
    revoked    BOOLEAN      NOT NULL
);
CREATE INDEX api_key_user ON api_key (user_id);
