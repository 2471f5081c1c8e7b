-- Originals, content-addressed: the bytes exactly as received, keyed by their SHA-256 in lower-case hex.
-- Kept apart from the metadata so that listing documents never reads original pages.
CREATE TABLE originals (
  sha256 TEXT NOT NULL PRIMARY KEY CHECK (length(sha256) = 64),
  size   INTEGER NOT NULL CHECK (size >= 0),
  bytes  BLOB NOT NULL CHECK (length(bytes) = size)
);

-- One row per original. Versions of the same report (same url or same external id, different bytes)
-- form a chain through previous_sha256; version counts from 1.
-- text and offsets come last: they overflow the page, and SQLite reads overflow pages only for columns
-- a query asks for.
CREATE TABLE documents (
  id                    INTEGER PRIMARY KEY,
  sha256                TEXT NOT NULL UNIQUE REFERENCES originals (sha256),
  external_id           TEXT,
  source                TEXT,
  url                   TEXT,
  origin                TEXT NOT NULL,
  title                 TEXT,
  author                TEXT,
  published             TEXT,
  published_from        TEXT NOT NULL,
  retrieved_at          TEXT NOT NULL,
  language              TEXT NOT NULL,
  media_type            TEXT NOT NULL,
  previous_sha256       TEXT REFERENCES documents (sha256),
  version               INTEGER NOT NULL CHECK (version >= 1),
  stored_at             TEXT NOT NULL,
  text_stage            TEXT NOT NULL,
  text_resource_version TEXT NOT NULL,
  offsets               BLOB NOT NULL,
  text                  TEXT NOT NULL,
  CHECK ((previous_sha256 IS NULL) = (version = 1))
);

CREATE INDEX documents_url ON documents (url) WHERE url IS NOT NULL;
CREATE INDEX documents_external_id ON documents (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX documents_source_published ON documents (source, published);
CREATE INDEX documents_published ON documents (published);
