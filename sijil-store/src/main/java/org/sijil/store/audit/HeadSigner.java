package org.sijil.store.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.sijil.model.audit.TreeHead;
import org.sijil.store.StoreException;

/**
 * Signs tree heads with the data directory's Ed25519 key ({@code audit-signing-key}, created on
 * first use, readable by its owner only), so that a head handed to a third party is attributable to
 * this log. The signed message is {@code "sijil-tree-head-v1"}, the size (8 bytes), the root (32
 * bytes), and the time as epoch seconds (8 bytes) and nanoseconds (4 bytes), all big-endian.
 *
 * <p>Thread-safe. Whoever can read the key file can sign; keep it apart from copies of the database
 * given out.
 */
public final class HeadSigner {
  /** The key file's name in the data directory. */
  public static final String KEY_FILE = "audit-signing-key";

  private static final byte[] DOMAIN = "sijil-tree-head-v1".getBytes(StandardCharsets.US_ASCII);

  private final PrivateKey privateKey;
  private final PublicKey publicKey;

  private HeadSigner(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /**
   * The signer of the data directory, creating its key when there is none.
   *
   * @throws StoreException when the key file cannot be read, written or parsed
   */
  public static HeadSigner forDirectory(Path directory) {
    Path file = directory.resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      if (lines.size() < 2
          || !lines.get(0).startsWith("public ")
          || !lines.get(1).startsWith("private ")) {
        throw new StoreException(
            "expected 'public BASE64' and 'private BASE64' lines in "
                + file
                + ", found another form",
            null);
      }
      KeyFactory kf = KeyFactory.getInstance("Ed25519");
      PublicKey pub =
          kf.generatePublic(
              new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).substring(7))));
      PrivateKey priv =
          kf.generatePrivate(
              new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(1).substring(8))));
      return new HeadSigner(priv, pub);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new StoreException(
          "cannot use the audit signing key " + file + ": " + e.getMessage(), e);
    }
  }

  private static void create(Path file) throws IOException, GeneralSecurityException {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String text =
        "public "
            + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())
            + "\nprivate "
            + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
            + "\n";
    try {
      if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      // another process made it first: use theirs
    }
  }

  /** The public key as base64 of its X.509 encoding, for third parties. */
  public String publicKey() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  /** The signature of a head, base64. */
  public String sign(TreeHead head) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(message(head));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("expected the JDK to sign with Ed25519", e);
    }
  }

  /** Whether {@code signature} (base64) is this key's signature of the head. */
  public boolean verify(TreeHead head, String signature) {
    Objects.requireNonNull(head, "head");
    return signature != null && verify(publicKey, head, signature);
  }

  private static boolean verify(PublicKey key, TreeHead head, String signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(message(head));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether {@code signature} (base64) is the signature of the head by the key {@code publicKey}
   * (base64 X.509); what a third party runs. Never throws for a bad signature or key.
   */
  public static boolean verify(String publicKey, TreeHead head, String signature) {
    Objects.requireNonNull(head, "head");
    if (publicKey == null || signature == null) {
      return false;
    }
    PublicKey key;
    try {
      key =
          KeyFactory.getInstance("Ed25519")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
    return verify(key, head, signature);
  }

  /** The signed bytes of a head. */
  public static byte[] message(TreeHead head) {
    return ByteBuffer.allocate(DOMAIN.length + 8 + 32 + 8 + 4)
        .put(DOMAIN)
        .putLong(head.size())
        .put(head.root().bytes())
        .putLong(head.time().getEpochSecond())
        .putInt(head.time().getNano())
        .array();
  }

  @Override
  public String toString() {
    return "HeadSigner[" + publicKey() + "]";
  }
}
