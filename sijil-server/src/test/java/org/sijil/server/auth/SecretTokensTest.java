package org.sijil.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {
  private final SecretTokens tokens = new SecretTokens();

  @Test
  void tokensArePrefixedUrlSafeAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String t = tokens.newApiToken();
      assertThat(t).startsWith("sjl_").hasSize(4 + 43).matches("sjl_[A-Za-z0-9_-]+");
      assertThat(seen.add(t)).isTrue();
    }
    assertThat(tokens.newPassword()).hasSize(20);
  }

  @Test
  void theHashIsSha256InHex() {
    assertThat(SecretTokens.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(SecretTokens.same("x", "x")).isTrue();
    assertThat(SecretTokens.same("x", "y")).isFalse();
    assertThat(SecretTokens.same(null, "y")).isFalse();
  }
}
