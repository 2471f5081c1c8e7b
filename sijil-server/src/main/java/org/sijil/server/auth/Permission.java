package org.sijil.server.auth;

/** One thing a role may do; {@link AccessPolicy} says which roles have which. */
public enum Permission {
  /** Read the record: documents, events, incidents, search, facets, statistics. */
  READ,
  /** See confidential values unredacted (clearance). */
  READ_CONFIDENTIAL,
  /** Export records (redacted for roles without clearance). */
  EXPORT,
  /** Add documents and run extraction and resolution. */
  INGEST,
  /** Confirm, edit, reject, merge and split in the review queue. */
  REVIEW,
  /** Mark values confidential or unmark them. */
  MARK_CONFIDENTIAL,
  /** Add and disable users, change roles, issue tokens for others. */
  MANAGE_USERS,
  /** Read the audit log and its tree head. */
  READ_AUDIT
}
