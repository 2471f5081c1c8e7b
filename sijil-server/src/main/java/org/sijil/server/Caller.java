package org.sijil.server;

import java.util.Objects;
import java.util.Set;
import org.sijil.server.auth.Permission;
import org.sijil.server.auth.Redactor;
import org.sijil.store.account.Role;

/**
 * Who is asking: established once per request by the server's first before-handler (from a session
 * cookie or a Bearer API token) and available to every handler, to the JSON output's redaction
 * step, to the problem mapper and to the exports. Immutable.
 *
 * @param name the user's name, or {@code anonymous}; never blank
 * @param role the user's role, or null for an anonymous caller
 * @param permissions what the caller may do; empty for an anonymous caller
 * @param redactor what the caller's output goes through: {@link Redactor#none()} for a caller with
 *     clearance, the current confidential values otherwise
 * @param csrfToken the session's CSRF token, or null for token and anonymous callers
 */
public record Caller(
    String name, Role role, Set<Permission> permissions, Redactor redactor, String csrfToken) {
  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(redactor, "redactor");
    permissions = Set.copyOf(permissions);
    if (name.isBlank()) {
      throw new IllegalArgumentException("expected a caller name, found a blank string");
    }
    if (permissions.contains(Permission.READ_CONFIDENTIAL) && redactor != Redactor.none()) {
      // Why: clearance and redaction are one decision; a mismatch would hide values by mistake.
      throw new IllegalArgumentException(
          "expected a caller with clearance to have no redactor, found " + redactor);
    }
  }

  /** A caller who has not logged in: no permission, everything confidential redacted. */
  public static Caller anonymous(Redactor redactor) {
    return new Caller("anonymous", null, Set.of(), redactor, null);
  }

  /** Whether the caller has logged in (by session or token). */
  public boolean authenticated() {
    return role != null;
  }

  /** Whether every field of every record may be shown. */
  public boolean canReadAll() {
    return permissions.contains(Permission.READ_CONFIDENTIAL);
  }

  /** Whether the caller may do this. */
  public boolean may(Permission p) {
    return permissions.contains(p);
  }

  @Override
  public String toString() {
    return "Caller[" + name + (role == null ? "" : ", " + role.id()) + "]";
  }
}
