-- Results of extraction stages, as JSON text. Every put appends a row: the latest row per
-- (document, producer) is the current result, earlier rows are its history.
CREATE TABLE extractions (
  id              INTEGER PRIMARY KEY,
  document_sha256 TEXT NOT NULL REFERENCES documents (sha256),
  producer        TEXT NOT NULL CHECK (length(trim(producer)) > 0),
  json            TEXT NOT NULL CHECK (json_valid(json)),
  stored_at       TEXT NOT NULL
);

CREATE INDEX extractions_document_producer ON extractions (document_sha256, producer);
