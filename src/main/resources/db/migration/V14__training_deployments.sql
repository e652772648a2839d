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

-- A job's loss curve: a point at each progress report that carries a loss (at most one a second, and each
-- epoch's end), written with the report under the claim's fence.
CREATE TABLE training_loss (
    job_id   VARCHAR(36)      NOT NULL REFERENCES training_job (id) ON DELETE CASCADE,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempt  INTEGER          NOT NULL,
    progress DOUBLE PRECISION NOT NULL,
    epoch    INTEGER          NOT NULL,
    loss     DOUBLE PRECISION NOT NULL,
    val_loss DOUBLE PRECISION
);
CREATE INDEX training_loss_job ON training_loss (job_id, at);
