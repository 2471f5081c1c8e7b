package org.sijil.store.audit;

import java.util.Objects;
import org.sijil.model.audit.TreeHead;

/**
 * A tree head with the log's Ed25519 signature, as handed to a third party. Immutable.
 *
 * @param head size, root and time
 * @param signature base64 of the signature of {@link HeadSigner#message(TreeHead)}
 * @param publicKey base64 of the X.509 encoding of the key that signed it
 */
public record SignedTreeHead(TreeHead head, String signature, String publicKey) {
  public SignedTreeHead {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /** Whether the signature is the public key's signature of the head. */
  public boolean verifies() {
    return HeadSigner.verify(publicKey, head, signature);
  }
}
