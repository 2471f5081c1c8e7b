package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The geoparser's test for text in capitals (the count itself: LetterCaseTest in sijil-nlp). */
class CaselessTextTest {

  @Test
  void onlyMoreThanTenCapitalsToASmallLetterMakeTextCaseless() {
    // 44 capitals to 4 small letters is caseless; 40 to 4 is not (ten to one, not more).
    assertThat(Geoparser.isCaseless("ABCDEFGHIJK".repeat(4) + "abcd")).isTrue();
    assertThat(Geoparser.isCaseless("ABCDEFGHIJ".repeat(4) + "abcd")).isFalse();
    // Four capitals to a small letter is upper-case text to the event reader, not to the geoparser.
    assertThat(Geoparser.isCaseless("ABCD".repeat(10) + "a".repeat(10))).isFalse();
  }
}
