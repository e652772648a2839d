-- Where each LoRA model version has been created in a node's Ollama (or why it could not be), so every GPU node
-- deploys each version once, including nodes that were away when it was trained.
CREATE TABLE training_deployment (
    name     VARCHAR(128) NOT NULL,
    version  INTEGER      NOT NULL,
    node     VARCHAR(63)  NOT NULL,
    error    TEXT,                     -- null: deployed
    attempts INTEGER      NOT NULL,
    updated  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, version, node)
);
CREATE INDEX training_job_owner ON training_job (created_by, created);
