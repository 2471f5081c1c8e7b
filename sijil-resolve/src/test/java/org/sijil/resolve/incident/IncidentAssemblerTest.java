package org.sijil.resolve.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.resolve.incident.Events.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.model.event.CountKind;
import org.sijil.model.incident.Figure;
import org.sijil.model.incident.Incident;
import org.sijil.model.incident.IncidentGrade;
import org.sijil.model.incident.IncidentSource;
import org.sijil.resolve.source.SourceRegistry;

class IncidentAssemblerTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 6);
  private final IncidentAssembler assembler = new IncidentAssembler(SourceRegistry.defaults());
  private final Map<String, ReportingDocument> docs = new HashMap<>();

  private void doc(String id, String outlet, String lead) {
    doc(id, outlet, lead, null);
  }

  private void doc(String id, String outlet, String lead, String copyOf) {
    docs.put(id, new ReportingDocument(id, "ref-" + id, outlet, null, DAY, lead, copyOf));
  }

  private Incident resolve(ReportedEvent... events) {
    IncidentResolver r = new IncidentResolver();
    for (ReportedEvent e : events) {
      r.add(e);
    }
    List<IncidentResolver.Group> groups = r.groups(List.of());
    assertThat(groups).hasSize(1);
    return assembler.assemble(groups.get(0), docs);
  }

  @Test
  void figuresAreLowBestHighWithTheConservativeBestFromTheMostReliableSource() {
    doc("m", "Syrian Observatory for Human Rights", "A prison break.");
    doc("r", "Enab Baladi", "A prison break.");
    doc("w", "Reuters", "A prison break.");

    Incident i =
        resolve(
            event().in("m").count(CountKind.ESCAPED, 20, 20, false, false).build(),
            event().in("r").count(CountKind.ESCAPED, 25, 25, false, false).build(),
            event().in("w").count(CountKind.ESCAPED, 24, 99, false, true).build());

    assertThat(i.figures())
        .containsExactly(new Figure(CountKind.ESCAPED, 20, 20, 99, "m", "m", "w", false));
    assertThat(i.independentSources()).isEqualTo(3);
  }

  @Test
  void withOnlyVagueFiguresTheBestIsTheLowestLowerBoundAndMarkedApproximate() {
    doc("a", "Reuters", "x");
    doc("b", "Agence France-Presse", "x");

    Incident i =
        resolve(
            event().in("a").count(CountKind.KILLED, 12, 20, false, true).build(),
            event().in("b").count(CountKind.KILLED, 10, 30, false, true).build());

    assertThat(i.figures())
        .containsExactly(new Figure(CountKind.KILLED, 10, 10, 30, "b", "b", "b", true));
  }

  @Test
  void victimsAreNotCountedTwiceByTwoReportsOfOneIncident() {
    doc("a", "Reuters", "x");
    doc("b", "Enab Baladi", "x");

    Incident i = resolve(event().in("a").killed(7).build(), event().in("b").killed(7).build());

    assertThat(i.figures()).singleElement().extracting(Figure::high).isEqualTo(7);
  }

  @Test
  void aReportThatRelaysAnotherCreditsTheOriginalSource() {
    doc("a", "Tehran Daily", "Press TV reported that a strike hit a bakery in Tal Tamr.");
    doc("b", "Some Blog", "The strike, cited by AFP, hit a bakery.");
    doc("c", "Agence France-Presse", "A strike hit a bakery in Tal Tamr.");

    Incident i = resolve(event().in("a").build(), event().in("b").build(), event().in("c").build());

    assertThat(i.sources())
        .extracting(IncidentSource::outlet, IncidentSource::credited)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tehran Daily", "Press TV"),
            org.assertj.core.groups.Tuple.tuple("Some Blog", "Agence France-Presse"),
            org.assertj.core.groups.Tuple.tuple("Agence France-Presse", "Agence France-Presse"));
    assertThat(i.independentSources()).isEqualTo(2);
  }

  @Test
  void twoOutletsRelayingTheSameMonitorAreOneIndependentSource() {
    doc("a", "Enab Baladi", "A strike hit a bakery.");
    doc("b", "Unknown Herald", "A strike hit a bakery.");

    Incident i =
        resolve(
            event().in("a").attributedTo("SOHR").build(),
            event().in("b").attributedTo("the Syrian Observatory").build());

    assertThat(i.sources())
        .extracting(IncidentSource::credited)
        .containsOnly("Syrian Observatory for Human Rights");
    assertThat(i.independentSources()).isEqualTo(1);
    assertThat(i.grade()).isEqualTo(IncidentGrade.SINGLE_SOURCE);
  }

  @Test
  void aSyndicatedCopyIsCountedOnceAndGivesNoFigures() {
    doc("a", "Reuters", "x");
    doc("b", "Gulf Daily", "x", "a");

    Incident i = resolve(event().in("a").killed(5).build(), event().in("b").killed(50).build());

    assertThat(i.independentSources()).isEqualTo(1);
    assertThat(i.grade()).isEqualTo(IncidentGrade.SINGLE_SOURCE);
    assertThat(i.figures()).singleElement().extracting(Figure::high).isEqualTo(5);
    assertThat(i.sources()).extracting(IncidentSource::copyOf).containsExactly(null, "a");
  }

  @Test
  void gradesFollowTheDocumentedRule() {
    doc("a", "Reuters", "x");
    doc("b", "Unknown Herald", "x");
    doc("c", "Other Unknown", "x");
    doc("d", "Syrian Arab News Agency", "x");
    doc("e", "Sputnik", "x");

    assertThat(resolve(event().in("b").build()).grade()).isEqualTo(IncidentGrade.SINGLE_SOURCE);
    assertThat(resolve(event().in("a").build(), event().in("b").build()).grade())
        .isEqualTo(IncidentGrade.CONFIRMED);
    assertThat(resolve(event().in("b").build(), event().in("c").build()).grade())
        .isEqualTo(IncidentGrade.FAIR);
    assertThat(resolve(event().in("d").build(), event().in("e").build()).grade())
        .isEqualTo(IncidentGrade.WEAK);
    assertThat(resolve(event().in("b").hedged().build(), event().in("c").hedged().build()).grade())
        .isEqualTo(IncidentGrade.WEAK);
    assertThat(
            resolve(event().in("b").by("sdf").build(), event().in("c").by("tfsa").build()).grade())
        .isEqualTo(IncidentGrade.CONTESTED);
  }

  @Test
  void credibilityIsOneWhenCorroboratedAndRatesASingleReportByItsSource() {
    doc("a", "Reuters", "x");
    doc("b", "Unknown Herald", "x");

    Incident two = resolve(event().in("a").build(), event().in("b").build());
    Incident reliableAlone = resolve(event().in("a").build());
    Incident unknownAlone = resolve(event().in("b").build());
    Incident hedgedAlone = resolve(event().in("b").hedged().build());

    assertThat(two.sources()).extracting(IncidentSource::credibility).containsExactly(1, 1);
    assertThat(reliableAlone.sources().get(0).credibility()).isEqualTo(2);
    assertThat(unknownAlone.sources().get(0).credibility()).isEqualTo(3);
    assertThat(hedgedAlone.sources().get(0).credibility()).isEqualTo(4);
  }

  @Test
  void theIncidentIdIsStableAcrossResolutions() {
    doc("a", "Reuters", "x");
    doc("b", "Enab Baladi", "x");

    String first = resolve(event().in("a").build(), event().in("b").build()).id();
    String again = resolve(event().in("a").build(), event().in("b").build()).id();

    assertThat(first).isEqualTo(again).startsWith("inc-").hasSize(14);
  }
}
