-- Sticky notes, each with the embedding the saving node computed (little-endian float32s) and that model's name,
-- so no other node computes it again. A deleted note stays as a tombstone (its text wiped) so nodes that missed
-- the event still learn of the deletion when they catch up on `changed`.
CREATE TABLE note (
    id              VARCHAR(36)   PRIMARY KEY,
    owner_id        VARCHAR(36)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    body            TEXT          NOT NULL,
    tags            VARCHAR(1100) NOT NULL,
    colour          VARCHAR(16)   NOT NULL,
    pinned          BOOLEAN       NOT NULL,
    expires         TIMESTAMP WITH TIME ZONE,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated         TIMESTAMP WITH TIME ZONE NOT NULL,
    changed         TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted         BOOLEAN       NOT NULL,
    embedding       BYTEA,
    embedding_model VARCHAR(100)
);
CREATE INDEX note_owner ON note (owner_id, deleted, created);
CREATE INDEX note_changed ON note (changed);
