package org.sijil.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher =
      new PasswordHasher(new PasswordHasher.Cost(64, 1, 1), new SecureRandom());

  @Test
  void aPasswordVerifiesAgainstItsHashAndAnotherDoesNot() {
    String phc = hasher.hash("correct horse".toCharArray());
    assertThat(phc).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    assertThat(hasher.verify("correct horse".toCharArray(), phc)).isTrue();
    assertThat(hasher.verify("correct horsf".toCharArray(), phc)).isFalse();
    assertThat(hasher.verify("".toCharArray(), phc)).isFalse();
  }

  @Test
  void twoHashesOfOnePasswordDifferByTheirSalt() {
    String a = hasher.hash("same password".toCharArray());
    String b = hasher.hash("same password".toCharArray());
    assertThat(a).isNotEqualTo(b);
    assertThat(hasher.verify("same password".toCharArray(), b)).isTrue();
  }

  @Test
  void aHashVerifiesWithTheCostItRecordsNotTheHashersCost() {
    String phc =
        new PasswordHasher(new PasswordHasher.Cost(128, 2, 2), new SecureRandom())
            .hash("older settings".toCharArray());
    assertThat(hasher.verify("older settings".toCharArray(), phc)).isTrue();
    String tampered = phc.replace("m=128,t=2", "m=128,t=3");
    assertThat(hasher.verify("older settings".toCharArray(), tampered)).isFalse();
  }

  @Test
  void malformedOrForeignHashesNeverMatch() {
    assertThat(hasher.verify("whatever1".toCharArray(), null)).isFalse();
    assertThat(hasher.verify("whatever1".toCharArray(), "plain-text")).isFalse();
    assertThat(hasher.verify("whatever1".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    assertThat(
            hasher.verify(
                "whatever1".toCharArray(),
                "$argon2id$v=19$m=9999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
        .isFalse();
  }

  @Test
  void aShortPasswordIsRefused() {
    assertThatThrownBy(() -> hasher.hash("short".toCharArray()))
        .hasMessageContaining("at least 8 characters, found 5");
  }
}
