-- An external-scope rule now keeps what it matches inside the mesh (the router leaves external backends out) and
-- blocks only when nothing inside the mesh can serve the request; the default rules' reasons say so. A reason an
-- admin has changed is left as it is.
UPDATE gate_rule SET reason = 'it contains what looks like a card number, which stays inside the mesh'
 WHERE name = 'card-number'
   AND reason = 'it contains what looks like a card number, and its model may be served outside the mesh';
UPDATE gate_rule SET reason = 'it contains what looks like a phone number, which stays inside the mesh'
 WHERE name = 'phone-number'
   AND reason = 'it contains what looks like a phone number, and its model may be served outside the mesh';

-- A conversation's sampling temperature, asked of the model server for each of its questions that names none.
-- No row: none (the server's default). At 0 its answers may come from the response cache.
CREATE TABLE conversation_temperature (
    conversation_id VARCHAR(36)      PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    temperature     DOUBLE PRECISION NOT NULL
);
