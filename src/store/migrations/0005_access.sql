-- Who may sign in, and how: users with their role and scope, browser sessions and API tokens.
-- Secrets are never stored: a password is kept as a salted scrypt hash, and a session cookie or an
-- API token only as the SHA-256 of its random value, so a copy of the database signs no one in.

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL CHECK (username ~ '^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('viewer', 'analyst', 'supervisor', 'admin', 'auditor')),
  -- ISO alpha-2 codes of the countries the user sees; NULL means every country (the secretariat).
  countries text[] CHECK (
    countries IS NULL
    OR (cardinality(countries) > 0 AND array_to_string(countries, ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$')
  ),
  agency text CHECK (agency IS NULL OR length(agency) BETWEEN 1 AND 100),
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- "Ana" and "ana" are one user: sign-in and uniqueness ignore case.
CREATE UNIQUE INDEX app_user_username_key ON app_user (lower(username));

CREATE TABLE user_session (
  token_sha256 text PRIMARY KEY CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_session_user_idx ON user_session (user_id);
CREATE INDEX user_session_expires_idx ON user_session (expires_at);

CREATE TABLE api_token (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_sha256 text NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE INDEX api_token_user_idx ON api_token (user_id);
