package org.sijil.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijil.model.event.Event;

class ActorTheatresTest {
  private static final ReportExtractor EXTRACTOR = ReportExtractor.bundled();
  private static final LocalDate DAY = LocalDate.of(2017, 3, 6);

  @Test
  void everyActorOfTheTableIsAnActorOfTheEnglishActorTable() throws IOException {
    Set<String> ids = new HashSet<>();
    try (InputStream in =
        getClass().getResourceAsStream("/org/sijil/extract/lexicon/en/actors.tsv")) {
      assertThat(in).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          ids.add(line.split("\t")[0]);
        }
      }
    }
    assertThat(ActorTheatres.bundled().actors()).isNotEmpty();
    assertThat(ids).containsAll(ActorTheatres.bundled().actors());
  }

  @Test
  void aMalformedLineIsRejectedNamingTheSourceAndLine() {
    assertThatThrownBy(() -> ActorTheatres.parse(new StringReader("# c\nsdf\tSyria\n"), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t.tsv line 2")
        .hasMessageContaining("found 'Syria'");
    assertThatThrownBy(() -> ActorTheatres.parse(new StringReader("sdf SY\n"), "t.tsv"))
        .hasMessageContaining("t.tsv line 1")
        .hasMessageContaining("expected 2 tab-separated fields (actor id, countries), found 1");
    assertThatThrownBy(() -> ActorTheatres.parse(new StringReader("\tSY\n"), "t.tsv"))
        .hasMessageContaining("t.tsv line 1")
        .hasMessageContaining("expected an actor id, found none");
    assertThatThrownBy(() -> ActorTheatres.parse(new StringReader("sdf\tSY\nsdf\tIQ\n"), "t.tsv"))
        .hasMessageContaining("t.tsv line 2")
        .hasMessageContaining("'sdf' again");
  }

  @Test
  void theCountriesOfAReportAreThoseOfItsPerpetratorsAndVictims() {
    var r =
        EXTRACTOR.extract(
            "Islamic State fighters attacked positions of the Popular Mobilization Forces, killing"
                + " four of them.",
            DAY,
            DAY);
    assertThat(r.events()).isNotEmpty();
    assertThat(ActorTheatres.bundled().of(r.events())).containsExactly("IQ", "SY");
  }

  @Test
  void aVillageInAReportThatNamesNoCountryIsReadWhereItsActorsFight() {
    // Bdama is a village of Idlib; spelled "Bedama" it is also a look-alike of Viedma, Argentina.
    Event e =
        EXTRACTOR
            .extract("Regime forces shelled Bedama on Sunday, killing two civilians.", DAY, DAY)
            .events()
            .get(0);
    assertThat(e.perpetrator().actorId()).isEqualTo("syria_gov");
    assertThat(e.location()).isNotNull();
    assertThat(e.location().country()).isEqualTo("SY");
  }

  @Test
  void aCountryTheReportNamesDecidesInsteadOfItsActors() {
    Event e =
        EXTRACTOR
            .extract(
                "Islamic State gunmen killed three people in Paris, France, on Sunday.", DAY, DAY)
            .events()
            .get(0);
    assertThat(e.location().country()).isEqualTo("FR");
  }
}
