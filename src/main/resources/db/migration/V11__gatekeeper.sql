-- The gatekeeper's rules, edited by admins and shared by every node: a regular expression over a request's text
-- (case insensitive), where it applies ('external': only requests that could reach a backend outside the mesh;
-- 'any': every request), and the reason the person is told. Checked in name order.
CREATE TABLE gate_rule (
    name     VARCHAR(63)   PRIMARY KEY,
    pattern  VARCHAR(2000) NOT NULL,
    scope    VARCHAR(16)   NOT NULL,
    reason   VARCHAR(500)  NOT NULL,
    enabled  BOOLEAN       NOT NULL
);

-- Every request the gatekeeper blocked: who, when, which rule (or 'guard-model'), the model it was for. The
-- request's text is not kept.
CREATE TABLE gate_audit (
    id        VARCHAR(36)  PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id   VARCHAR(36)  NOT NULL,
    model     VARCHAR(200) NOT NULL,
    rule      VARCHAR(63)  NOT NULL,
    reason    VARCHAR(600) NOT NULL,
    external  BOOLEAN      NOT NULL
);
CREATE INDEX gate_audit_at ON gate_audit (at);

-- The defaults: card numbers (13 to 19 digits, spaces or dashes between) and phone numbers stay inside the mesh.
INSERT INTO gate_rule (name, pattern, scope, reason, enabled) VALUES
    ('card-number', '(?<![0-9])(?:[0-9][ -]?){12,18}[0-9](?![0-9])', 'external',
     'it contains what looks like a card number, and its model may be served outside the mesh', TRUE),
    ('phone-number', '(?<![0-9+])\+?(?:[0-9]{1,3}[ .-]?\(?[0-9]{2,4}\)?[ .-]?[0-9]{3,4}[ .-]?[0-9]{3,4}|[0-9]{2,3}(?:[ .-][0-9]{2}){4})(?![0-9])', 'external',
     'it contains what looks like a phone number, and its model may be served outside the mesh', TRUE);

-- Policy settings an admin changed while the mesh runs (the tiers' models, the price list), over the node's
-- aura.policy.* settings; a missing row is the node's own setting.
CREATE TABLE policy_setting (
    name   VARCHAR(63)   PRIMARY KEY,
    setting_value VARCHAR(8000) NOT NULL
);
