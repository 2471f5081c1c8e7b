package org.sijil.store.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A login session. Immutable. The session id itself is only ever in the user's cookie; the store
 * keys sessions by its SHA-256.
 *
 * @param idHash the SHA-256 of the session id in lower-case hex
 * @param user the user's name
 * @param csrfToken the token state-changing requests of this session must echo
 * @param created when it was opened, to the second
 * @param expires when it ends, after {@code created}, to the second
 */
public record Session(
    String idHash, String user, String csrfToken, Instant created, Instant expires) {
  public Session {
    Objects.requireNonNull(idHash, "idHash");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(expires, "expires");
    // whole seconds, so that the stored ISO-8601 texts all have one form and compare in time order
    created = created.truncatedTo(ChronoUnit.SECONDS);
    expires = expires.truncatedTo(ChronoUnit.SECONDS);
    if (!idHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("expected a session id hash of 64 hex digits");
    }
    if (!expires.isAfter(created)) {
      throw new IllegalArgumentException(
          "expected a session to expire after " + created + ", found " + expires);
    }
  }

  /** Whether it has ended at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expires);
  }

  @Override
  public String toString() {
    return "Session[" + user + ", expires " + expires + "]";
  }
}
