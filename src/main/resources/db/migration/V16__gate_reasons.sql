-- An external-scope rule now keeps what it matches inside the mesh (the router leaves external backends out) and
-- blocks only when nothing inside the mesh can serve the request; the default rules' reasons say so. A reason an
-- admin has changed is left as it is.
UPDATE gate_rule SET reason = 'it contains what looks like a card number, which stays inside the mesh'
 WHERE name = 'card-number'
   AND reason = 'it contains what looks like a card number, and its model may be served outside the mesh';
UPDATE gate_rule SET reason = 'it contains what looks like a phone number, which stays inside the mesh'
 WHERE name = 'phone-number'
   AND reason = 'it contains what looks like a phone number, and its model may be served outside the mesh';
