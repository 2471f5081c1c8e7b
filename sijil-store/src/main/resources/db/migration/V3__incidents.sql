-- Near-duplicate links: a syndicated, republished or lightly edited copy points at the first document
-- of its family. A copy is never counted as an independent source.
CREATE TABLE near_duplicates (
  copy_sha256     TEXT NOT NULL PRIMARY KEY REFERENCES documents (sha256),
  original_sha256 TEXT NOT NULL REFERENCES documents (sha256),
  similarity      REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
  stored_at       TEXT NOT NULL,
  CHECK (copy_sha256 <> original_sha256)
);

-- The current incidents, replaced as a whole on each resolution. Each row's JSON holds the incident's
-- sources, figures, grade and merge decisions; incident_members lists its events by document and
-- position, so an incident can be found from a document. Events themselves stay in extractions.
CREATE TABLE incidents (
  id         TEXT NOT NULL PRIMARY KEY,
  json       TEXT NOT NULL CHECK (json_valid(json)),
  stored_at  TEXT NOT NULL
);

CREATE TABLE incident_members (
  incident_id     TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  document_sha256 TEXT NOT NULL REFERENCES documents (sha256),
  event_index     INTEGER NOT NULL CHECK (event_index >= 0),
  PRIMARY KEY (document_sha256, event_index)
);

CREATE INDEX incident_members_incident ON incident_members (incident_id);

-- Analyst splits, merges and undos, append-only: applied in order after every resolution, so they
-- survive new reports; an undo is a new row, nothing is ever deleted.
CREATE TABLE incident_operations (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  json       TEXT NOT NULL CHECK (json_valid(json)),
  stored_at  TEXT NOT NULL
);
