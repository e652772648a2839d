-- Logouts accepted while Redis was unreachable: refused everywhere, applied to Redis once it is back.
CREATE TABLE pending_logout (
    session_id VARCHAR(100) PRIMARY KEY,
    recorded   TIMESTAMP WITH TIME ZONE NOT NULL
);
