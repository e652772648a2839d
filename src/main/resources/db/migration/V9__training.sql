-- Training: datasets, the job queue (claimed with a lease and a fencing token), checkpoints and the model
-- versions jobs produce. Everything a job needs to survive its node lives here, in the shared database.
CREATE TABLE training_dataset (
    id         VARCHAR(36)  PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    columns    TEXT         NOT NULL,   -- the column names, one per line, in order
    row_count  INTEGER      NOT NULL,
    content    BYTEA        NOT NULL,   -- the parsed table (see JdbcDatasets)
    created_by VARCHAR(36)  NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE training_job (
    id            VARCHAR(36)  PRIMARY KEY,
    model_name    VARCHAR(128) NOT NULL,
    base_model    VARCHAR(200) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    training_data VARCHAR(300) NOT NULL,
    epochs        INTEGER      NOT NULL,
    learning_rate DOUBLE PRECISION NOT NULL,
    columns       TEXT         NOT NULL,   -- forecast columns, one per line; empty: every column
    seed          BIGINT       NOT NULL,
    units         INTEGER      NOT NULL,
    window_rows   INTEGER      NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    progress      DOUBLE PRECISION NOT NULL,
    current_epoch INTEGER      NOT NULL,
    loss          DOUBLE PRECISION,
    val_loss      DOUBLE PRECISION,
    eta_seconds   BIGINT,
    node          VARCHAR(63),
    attempt       INTEGER      NOT NULL,
    fence         BIGINT       NOT NULL,   -- raised by every claim; a runner writes only while it holds the latest
    lease_until   TIMESTAMP WITH TIME ZONE,
    checkpoints   INTEGER      NOT NULL,
    error         TEXT,
    created_by    VARCHAR(36)  NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    started       TIMESTAMP WITH TIME ZONE,
    updated       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_job_queue ON training_job (status, created);

CREATE TABLE training_checkpoint (
    job_id  VARCHAR(36) NOT NULL REFERENCES training_job (id) ON DELETE CASCADE,
    step    BIGINT      NOT NULL,
    attempt INTEGER     NOT NULL,
    state   BYTEA       NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_id, step)
);

CREATE TABLE training_model (
    name       VARCHAR(128) NOT NULL,
    version    INTEGER      NOT NULL,
    job_id     VARCHAR(36)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    base_model VARCHAR(200) NOT NULL,
    metrics    TEXT         NOT NULL,   -- name=value lines
    content    BYTEA        NOT NULL,   -- an AURA-LNN model file for kind lnn
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, version)
);
