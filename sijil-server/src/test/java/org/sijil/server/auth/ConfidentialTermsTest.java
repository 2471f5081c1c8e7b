package org.sijil.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidentialTermsTest {
  @Test
  void personNamesAreTellFromGroupDescriptions() {
    assertThat(ConfidentialTerms.looksLikePersonName("Karim Haddad")).isTrue();
    assertThat(ConfidentialTerms.looksLikePersonName("Abu Ali al-Hasan")).isTrue();
    assertThat(ConfidentialTerms.looksLikePersonName("two shepherds")).isFalse();
    assertThat(ConfidentialTerms.looksLikePersonName("Civilians")).isFalse();
    assertThat(ConfidentialTerms.looksLikePersonName("3 Men")).isFalse();
  }
}
