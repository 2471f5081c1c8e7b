package org.sijil.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aNameGoesWholeWhateverItsCaseSpacingOrHighlighting() {
    Redactor r = Redactor.of(List.of("Karim Haddad", "Karim"));
    assertThat(r.redact("Gunmen seized KARIM  HADDAD near the mill."))
        .isEqualTo("Gunmen seized [redacted] near the mill.");
    assertThat(r.redact("… <mark>Karim</mark> <mark>Haddad</mark> …"))
        .doesNotContain("Karim", "Haddad");
    assertThat(r.redact("Karim\nHaddad")).isEqualTo("[redacted]");
    assertThat(r.redact("nothing here")).isEqualTo("nothing here");
  }

  @Test
  void everyStringAndKeyOfATreeIsRedactedAndCollidingCountsAdd() throws Exception {
    Redactor r = Redactor.of(List.of("Salma Idris", "Omar Jaber"));
    JsonNode body =
        mapper.readTree(
            "{\"victim\":{\"name\":\"Salma Idris\"},\"evidenceText\":\"… took Omar Jaber …\","
                + "\"facets\":{\"victims\":{\"Salma Idris\":3,\"Omar Jaber\":2,\"two men\":1}},"
                + "\"list\":[\"Omar Jaber\",4]}");
    JsonNode out = r.redact(body);
    String text = mapper.writeValueAsString(out);
    assertThat(text).doesNotContain("Salma").doesNotContain("Omar");
    assertThat(out.at("/facets/victims/[redacted]").asInt()).isEqualTo(5);
    assertThat(out.at("/facets/victims/two men").asInt()).isEqualTo(1);
    assertThat(body.at("/victim/name").asText()).isEqualTo("Salma Idris"); // input unchanged
  }

  @Test
  void noTermsChangeNothingAndToStringNamesNoTerm() {
    assertThat(Redactor.of(List.of(" ", "")).redact("Salma")).isEqualTo("Salma");
    assertThat(Redactor.of(List.of("Salma Idris")).toString()).doesNotContain("Salma");
  }

  static IntStream seeds() {
    return IntStream.range(0, 50);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noTermSurvivesInRandomTextOrTrees(int seed) throws Exception {
    Random random = new Random(seed);
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      terms.add(word(random) + " " + word(random));
    }
    Redactor r = Redactor.of(terms);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      String t = terms.get(random.nextInt(terms.size()));
      if (random.nextBoolean()) {
        t = t.toUpperCase(Locale.ROOT);
      }
      text.append(random.nextInt(3) == 0 ? t.replace(" ", "\n ") : t)
          .append(random.nextBoolean() ? " " : ", ");
      text.append(word(random)).append(' ');
    }
    String redacted = r.redact(text.toString());
    for (String t : terms) {
      assertThat(redacted.toLowerCase(Locale.ROOT)).doesNotContain(t.toLowerCase(Locale.ROOT));
    }
    assertThat(r.leaks(redacted)).isFalse();
    JsonNode tree = mapper.createObjectNode().put(terms.get(0), text.toString());
    assertThat(r.leaks(mapper.writeValueAsString(r.redact(tree)))).isFalse();
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    b.append((char) ('A' + random.nextInt(26)));
    for (int i = 0, n = 3 + random.nextInt(5); i < n; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }
}
