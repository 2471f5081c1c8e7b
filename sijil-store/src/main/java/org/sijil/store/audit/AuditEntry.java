package org.sijil.store.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.sijil.model.audit.MerkleHash;
import org.sijil.model.audit.MerkleTree;

/**
 * One appended audit entry. Immutable.
 *
 * @param sequence its 1-based position in the log; entry n is leaf n - 1 of the Merkle tree
 * @param at when it was appended
 * @param actor who acted: a user name, or {@code cli:NAME} for a command run by an operating system
 *     user
 * @param action what was done
 * @param subject what it was done to (a document SHA-256, an event key, an incident id, a user
 *     name), possibly empty
 * @param detail a JSON object with the particulars; never a confidential value, which is named by
 *     its id
 */
public record AuditEntry(
    long sequence, Instant at, String actor, AuditAction action, String subject, String detail) {
  /** The first byte of the leaf encoding; a new encoding gets a new version. */
  public static final byte ENCODING_VERSION = 1;

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
    if (sequence < 1) {
      throw new IllegalArgumentException("expected an audit sequence >= 1, found " + sequence);
    }
    if (actor.isBlank()) {
      throw new IllegalArgumentException("expected an actor, found a blank string");
    }
  }

  /**
   * The canonical byte encoding hashed as the Merkle leaf: the version byte {@value
   * #ENCODING_VERSION}, the sequence as a big-endian 64-bit integer, the time as big-endian 64-bit
   * epoch seconds and 32-bit nanoseconds, then actor, action name, subject and detail, each as a
   * big-endian 32-bit length followed by that many bytes of UTF-8. Lengths make the encoding
   * unambiguous: no two different entries encode the same.
   */
  public byte[] leafBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + detail.length());
    out.write(ENCODING_VERSION);
    out.writeBytes(
        ByteBuffer.allocate(8 + 8 + 4)
            .putLong(sequence)
            .putLong(at.getEpochSecond())
            .putInt(at.getNano())
            .array());
    for (String field : new String[] {actor, action.name(), subject, detail}) {
      byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
      out.writeBytes(utf8);
    }
    return out.toByteArray();
  }

  /** {@code SHA-256(0x00 || leafBytes())}. */
  public MerkleHash leafHash() {
    return MerkleTree.leafHash(leafBytes());
  }
}
