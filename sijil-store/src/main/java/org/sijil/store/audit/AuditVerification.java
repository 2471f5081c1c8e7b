package org.sijil.store.audit;

import java.util.List;
import java.util.Objects;
import org.sijil.model.audit.MerkleHash;

/**
 * What {@link AuditLog#verify} found. Immutable.
 *
 * @param size the number of entries read
 * @param root the root recomputed from them
 * @param headsChecked how many recorded tree heads were compared with the recomputed roots
 * @param externalHeadChecked whether an externally held head was checked by a consistency proof
 * @param problems one message per problem found, naming the entry or head; empty when the log
 *     verifies
 */
public record AuditVerification(
    long size,
    MerkleHash root,
    long headsChecked,
    boolean externalHeadChecked,
    List<String> problems) {
  public AuditVerification {
    Objects.requireNonNull(root, "root");
    problems = List.copyOf(problems);
  }

  /** True when no problem was found. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
