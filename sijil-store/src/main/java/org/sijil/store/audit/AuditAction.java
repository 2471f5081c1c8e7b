package org.sijil.store.audit;

/**
 * What an audit entry records. The name is part of the entry's leaf encoding, so a constant is
 * never renamed or removed once entries use it; new ones are added.
 */
public enum AuditAction {
  /** Documents stored. */
  INGEST,
  /** Events read from documents. */
  EXTRACT,
  /** Events clustered into incidents. */
  RESOLVE,
  /** An analyst changed a field of an event or incident. */
  EDIT,
  /** An analyst confirmed or rejected an event or incident. */
  REVIEW,
  /** Records left the system (export, audit head export). */
  EXPORT,
  /** A user logged in. */
  LOGIN,
  /** A login was refused (wrong password, unknown or disabled user, throttled). */
  LOGIN_FAILED,
  /** A user logged out. */
  LOGOUT,
  /** A user's role changed. */
  ROLE_CHANGE,
  /** A user was added. */
  USER_ADD,
  /** A user was disabled. */
  USER_DISABLE,
  /** A user's API token was issued or replaced. */
  TOKEN,
  /** Incidents were merged. */
  MERGE,
  /** Events were split off an incident. */
  SPLIT,
  /** An analyst operation was withdrawn. */
  UNDO,
  /** A value was marked confidential (referred to by id, never by value). */
  CONFIDENTIAL_MARK,
  /** A request was refused for want of a permission. */
  ACCESS_DENIED,
  /** A user's password was changed (by them) or reset (by an admin), or a change was refused. */
  PASSWORD_CHANGE,
  /** A user's clearance to see confidential values was granted, withheld or reset to the role's. */
  CLEARANCE_CHANGE
}
