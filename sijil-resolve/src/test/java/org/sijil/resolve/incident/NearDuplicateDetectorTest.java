package org.sijil.resolve.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
  private static final String STORY =
      "Gunmen on motorbikes opened fire on a minibus carrying farm workers on the road between"
          + " Markada and Shaddadi on Tuesday morning, killing four of them and wounding six,"
          + " according to a relative of one of the victims. The wounded were taken to a clinic in"
          + " Shaddadi. No group has said it carried out the attack, which came two days after a"
          + " similar ambush on the same road left a driver dead.";

  @Test
  void aSyndicatedCopyWithANewHeadlineAndATrimmedEndIsLinkedToTheOriginal() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.add("original", STORY);

    var match =
        d.add(
            "copy",
            "Four farm workers killed in ambush near Shaddadi. "
                + STORY.substring(0, STORY.indexOf(", which came")).replace("Tuesday", "Tuesday,"));

    assertThat(match).isPresent();
    assertThat(match.get().original()).isEqualTo("original");
    assertThat(match.get().similarity()).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void aCopyOfACopyIsLinkedToTheFirstOriginal() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.add("original", STORY);
    d.add("copy", "Ambush near Shaddadi. " + STORY);

    var match = d.add("copy-of-copy", "Ambush near Shaddadi (updated). " + STORY);

    assertThat(match).map(NearDuplicateDetector.Match::original).contains("original");
  }

  @Test
  void independentReportsOfOneEventAreNotCopies() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.add("original", STORY);

    var match =
        d.add(
            "other",
            "Four farm labourers died and six were hurt when attackers riding motorcycles shot"
                + " at their bus near Shaddadi, a local source told our correspondent. Survivors"
                + " were treated at a nearby clinic.");

    assertThat(match).isEmpty();
  }
}
