package org.sijil.store;

import java.util.List;
import java.util.Objects;
import org.sijil.model.doc.Sha256;

/**
 * The outcome of {@link DocumentStore#verify}. Immutable.
 *
 * @param checked originals whose bytes were hashed
 * @param mismatches originals whose bytes no longer hash to their address
 */
public record VerifyReport(long checked, List<Mismatch> mismatches) {

  public VerifyReport {
    if (checked < 0) {
      throw new IllegalArgumentException("expected checked >= 0, found " + checked);
    }
    mismatches = List.copyOf(mismatches);
    if (mismatches.size() > checked) {
      throw new IllegalArgumentException(
          "expected at most " + checked + " mismatches, found " + mismatches.size());
    }
  }

  /** Whether every original checked matched its address. */
  public boolean ok() {
    return mismatches.isEmpty();
  }

  /**
   * An original that failed the check.
   *
   * @param id the address it is stored under
   * @param actualSha the SHA-256 hex of the bytes found there
   * @param detail what else is wrong, e.g. a size that differs from the recorded one
   */
  public record Mismatch(Sha256 id, String actualSha, String detail) {
    public Mismatch {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(actualSha, "actualSha");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
