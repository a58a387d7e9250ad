-- At a country's node: the key the hub asked a request's identity sealed to (X25519, raw, base64url).
-- At the hub, identity now holds the sealed identity { key, iv, data } as the node sent it: only
-- the hub's reveal key (its node folder) opens it, for the requester, when they read it.
ALTER TABLE reveal_request ADD COLUMN answer_key text;
COMMENT ON COLUMN reveal_request.identity IS 'sealed { key, iv, data }: opened with the hub''s reveal key';
