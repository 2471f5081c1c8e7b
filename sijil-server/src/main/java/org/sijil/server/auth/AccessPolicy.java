package org.sijil.server.auth;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sijil.store.account.Role;
import org.sijil.store.account.User;

/**
 * Which role may do what: the one table every route's check and every redaction decision reads
 * (docs/security.md shows it). Immutable and thread-safe.
 *
 * <table>
 *   <caption>Permissions by role</caption>
 *   <tr><th>permission</th><th>admin</th><th>analyst</th><th>viewer</th></tr>
 *   <tr><td>READ</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>EXPORT</td><td>yes</td><td>yes</td><td>yes (redacted)</td></tr>
 *   <tr><td>READ_CONFIDENTIAL</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>INGEST</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>REVIEW</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>MARK_CONFIDENTIAL</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>MANAGE_USERS</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>READ_AUDIT</td><td>yes</td><td>no</td><td>no</td></tr>
 * </table>
 */
public final class AccessPolicy {
  private final Map<Role, Set<Permission>> table;

  private AccessPolicy(Map<Role, Set<Permission>> table) {
    this.table = table;
  }

  /** The default table above. */
  public static AccessPolicy standard() {
    Map<Role, Set<Permission>> t = new EnumMap<>(Role.class);
    t.put(Role.ADMIN, Set.copyOf(EnumSet.allOf(Permission.class)));
    t.put(
        Role.ANALYST,
        Set.copyOf(
            EnumSet.of(
                Permission.READ,
                Permission.EXPORT,
                Permission.READ_CONFIDENTIAL,
                Permission.INGEST,
                Permission.REVIEW)));
    t.put(Role.VIEWER, Set.copyOf(EnumSet.of(Permission.READ, Permission.EXPORT)));
    return new AccessPolicy(Map.copyOf(t));
  }

  /** The permissions of a role. */
  public Set<Permission> permissions(Role role) {
    return table.get(Objects.requireNonNull(role, "role"));
  }

  /** Whether a role has a permission. */
  public boolean allows(Role role, Permission permission) {
    return permissions(role).contains(Objects.requireNonNull(permission, "permission"));
  }

  /** Whether a role sees confidential values unredacted. */
  public boolean cleared(Role role) {
    return allows(role, Permission.READ_CONFIDENTIAL);
  }

  /** Whether this user sees confidential values: their clearance, else their role's. */
  public boolean cleared(User user) {
    switch (user.clearance()) {
      case GRANTED:
        return true;
      case WITHHELD:
        return false;
      default:
        return cleared(user.role());
    }
  }
}
