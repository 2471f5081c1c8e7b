package org.sijil.server;

import java.util.Objects;

/**
 * Who is asking: established once per request by the server's first before-handler and available to
 * every handler and to the JSON output's redaction step. Today every caller is the anonymous local
 * user with full read access; accounts and roles will replace how a caller is established, not
 * where. Immutable.
 *
 * @param name a stable name for logs and audit, never blank
 * @param canReadAll whether every field of every record may be shown
 */
public record Caller(String name, boolean canReadAll) {
  public Caller {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("expected a caller name, found a blank string");
    }
  }

  /** The anonymous user of a server bound to this machine: reads everything. */
  public static Caller anonymousLocal() {
    return new Caller("anonymous-local", true);
  }
}
