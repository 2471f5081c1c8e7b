-- Accounts, sessions, review versions, confidential values and the audit log (docs/security.md,
-- docs/audit.md).

-- Users. Only hashes of passwords and API tokens are kept: a PHC string (Argon2id) and the
-- SHA-256 of the token in hex.
CREATE TABLE users (
  name          TEXT NOT NULL PRIMARY KEY CHECK (length(trim(name)) > 0),
  role          TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
  password_hash TEXT NOT NULL,
  token_hash    TEXT UNIQUE CHECK (token_hash IS NULL OR length(token_hash) = 64),
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created       TEXT NOT NULL
);

-- Sessions, keyed by the SHA-256 of the session id: a copy of the database opens no session.
CREATE TABLE sessions (
  id_hash    TEXT NOT NULL PRIMARY KEY CHECK (length(id_hash) = 64),
  user_name  TEXT NOT NULL REFERENCES users (name),
  csrf_token TEXT NOT NULL,
  created    TEXT NOT NULL,
  expires    TEXT NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_name);

-- What the machine last said about each reviewable item (an event by DOCUMENT#INDEX, an incident
-- by id). Re-extraction replaces machine_json here and nothing else.
CREATE TABLE review_items (
  kind         TEXT NOT NULL CHECK (kind IN ('event', 'incident')),
  id           TEXT NOT NULL CHECK (length(id) > 0),
  machine_json TEXT NOT NULL CHECK (json_valid(machine_json)),
  confidence   REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  day          TEXT,
  updated      TEXT NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE INDEX review_items_confidence ON review_items (confidence);

-- Every analyst action on an item is a new version; the latest version's after_json is the
-- item's current value. Append-only.
CREATE TABLE review_versions (
  kind        TEXT NOT NULL,
  id          TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  action      TEXT NOT NULL CHECK (action IN ('confirm', 'edit', 'reject', 'merge', 'split')),
  field       TEXT,
  value_json  TEXT CHECK (value_json IS NULL OR json_valid(value_json)),
  span_start  INTEGER,
  span_end    INTEGER CHECK ((span_start IS NULL) = (span_end IS NULL) AND span_end >= span_start),
  targets     TEXT CHECK (targets IS NULL OR json_valid(targets)),
  before_json TEXT NOT NULL CHECK (json_valid(before_json)),
  after_json  TEXT NOT NULL CHECK (json_valid(after_json)),
  reviewer    TEXT NOT NULL CHECK (length(reviewer) > 0),
  reason      TEXT,
  at          TEXT NOT NULL,
  PRIMARY KEY (kind, id, version),
  FOREIGN KEY (kind, id) REFERENCES review_items (kind, id)
);

CREATE TRIGGER review_versions_append_only_update BEFORE UPDATE ON review_versions
BEGIN SELECT RAISE(ABORT, 'review versions are append-only'); END;
CREATE TRIGGER review_versions_append_only_delete BEFORE DELETE ON review_versions
BEGIN SELECT RAISE(ABORT, 'review versions are append-only'); END;

-- Values an admin marked confidential (names of victims, detainees, witnesses, or anything else).
-- Audit entries refer to them by id, never by value.
CREATE TABLE confidential_values (
  id        INTEGER PRIMARY KEY,
  value     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(value)) > 0),
  kind      TEXT NOT NULL CHECK (kind IN ('victim', 'detainee', 'witness', 'other')),
  marked_by TEXT NOT NULL,
  at        TEXT NOT NULL
);

-- The audit log: one row per action, numbered from 1 without gaps. The leaf of the Merkle tree is
-- the entry's canonical encoding (docs/audit.md), recomputed from these columns on verify.
CREATE TABLE audit_entries (
  seq     INTEGER NOT NULL PRIMARY KEY CHECK (seq >= 1),
  at      TEXT NOT NULL,
  actor   TEXT NOT NULL CHECK (length(actor) > 0),
  action  TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail  TEXT NOT NULL CHECK (json_valid(detail))
);

-- The tree head after each append: size, root (hex), time, and its Ed25519 signature (base64) by the
-- data directory's key (file audit-signing-key).
CREATE TABLE audit_heads (
  size      INTEGER NOT NULL PRIMARY KEY CHECK (size >= 1),
  root      TEXT NOT NULL CHECK (length(root) = 64),
  at        TEXT NOT NULL,
  signature TEXT NOT NULL
);

-- Guards against mistakes, not against someone with the file: verify is what detects tampering.
CREATE TRIGGER audit_entries_append_only_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_entries_append_only_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_heads_append_only_update BEFORE UPDATE ON audit_heads
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_heads_append_only_delete BEFORE DELETE ON audit_heads
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
