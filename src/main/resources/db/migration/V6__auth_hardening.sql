-- Logouts accepted while Redis was unreachable: refused everywhere, applied to Redis once it is back.
CREATE TABLE pending_logout (
    session_id VARCHAR(100) PRIMARY KEY,
    recorded   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Whose generation a routing decision was made for: a person sees their own decisions, an admin all.
ALTER TABLE routing_decision ADD COLUMN requested_by VARCHAR(36);
CREATE INDEX routing_decision_requested_by ON routing_decision (requested_by, at);

-- The mesh credential is stored sealed with the secrets key (AES-GCM), which is longer than the plaintext.
ALTER TABLE mesh_secret ALTER COLUMN secret SET DATA TYPE VARCHAR(512);
