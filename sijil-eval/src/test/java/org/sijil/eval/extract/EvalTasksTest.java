package org.sijil.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.eval.EvalMain;
import org.sijil.eval.EvalReport;

/** The event tasks on small gold files written for these tests. */
class EvalTasksTest {

  private static double metric(EvalReport r, String name) {
    return r.metrics().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void theTasksAreRegisteredForTheServiceLoader() {
    assertThat(EvalMain.find("events")).isInstanceOf(SeedEventsTask.class);
    assertThat(EvalMain.find("classify")).isInstanceOf(ClassifyTask.class);
    assertThat(EvalMain.find("roles")).isInstanceOf(RolesTask.class);
  }

  @Test
  void aFoundRequiredEventCountsForRecallPrecisionAndFields(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("seeds.jsonl");
    Files.writeString(
        gold,
        "{\"id\":\"a\",\"published\":null,\"text\":\"Unknown gunmen kidnapped two doctors in"
            + " Qamishli. The weather was fine.\",\"events\":[{\"subTypes\":[\"Abduction/forced"
            + " disappearance\"],\"required\":true,\"evidence\":\"kidnapped two doctors\","
            + "\"perpetrator\":\"Unidentified armed group\",\"counts\":{\"abducted\":2}}]}\n");
    EvalReport r = new SeedEventsTask().evaluate(gold);
    assertThat(metric(r, "required_recall")).isEqualTo(1.0);
    assertThat(metric(r, "precision")).isEqualTo(1.0);
    assertThat(metric(r, "perpetrator_acc")).isEqualTo(1.0);
    assertThat(metric(r, "counts_acc")).isEqualTo(1.0);
    assertThat(metric(r, "place_25km_acc")).isNaN();
  }

  @Test
  void aGoldLineInArabicIsReadWithTheArabicRules(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("seeds-ar.jsonl");
    // "Unknown gunmen killed three shepherds in the countryside of Hasakah on Sunday."
    Files.writeString(
        gold,
        "{\"id\":\"ar1\",\"language\":\"ar\",\"published\":\"2023-03-15\",\"text\":\"قتل"
            + " مسلحون مجهولون ثلاثة رعاة في ريف الحسكة يوم الأحد.\",\"events\":[{\"subTypes\":"
            + "[\"Attack\"],\"required\":true,\"evidence\":\"قتل مسلحون مجهولون ثلاثة رعاة\","
            + "\"perpetrator\":\"Unidentified armed group\",\"counts\":{\"killed\":3}}]}\n");
    EvalReport r = new SeedEventsTask().evaluate(gold);
    assertThat(metric(r, "required_recall")).isEqualTo(1.0);
    assertThat(metric(r, "counts_acc")).isEqualTo(1.0);
    // The same line without its language is read as English, which finds nothing in it.
    Files.writeString(gold, Files.readString(gold).replace("\"language\":\"ar\",", ""));
    assertThat(metric(new SeedEventsTask().evaluate(gold), "required_recall")).isEqualTo(0.0);
  }

  @Test
  void aGoldLineInALanguageWithoutRulesIsRejectedWithItsLineNumber(@TempDir Path dir)
      throws Exception {
    Path gold = dir.resolve("seeds-fr.jsonl");
    Files.writeString(
        gold, "{\"id\":\"fr1\",\"language\":\"fr\",\"text\":\"Rien.\",\"events\":[]}\n");
    assertThatThrownBy(() -> new SeedEventsTask().evaluate(gold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("expected a language with extraction rules (en, ar), found \"fr\"");
  }

  @Test
  void classifyScoresTheFirstEventAndRejectsNone(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("classify.jsonl");
    Files.write(
        gold,
        List.of(
            "{\"id\":\"1\",\"text\":\"Russian warplanes bombed the village of Kafr Nabl, killing"
                + " five civilians.\",\"label\":\"Air/drone strike\"}",
            "{\"id\":\"2\",\"text\":\"The central bank cut interest rates on Monday.\","
                + "\"label\":\"None\",\"caseLabel\":\"X\"}"));
    EvalReport r = new ClassifyTask().evaluate(gold);
    assertThat(metric(r, "weighted_f1")).isEqualTo(1.0);
    assertThat(metric(r, "none_accuracy")).isEqualTo(1.0);
  }

  @Test
  void aLineWithAnUnknownLabelIsRejectedWithItsLineNumber(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("bad.jsonl");
    Files.writeString(gold, "{\"id\":\"1\",\"text\":\"Calm day.\",\"label\":\"Bombing\"}\n");
    assertThatThrownBy(() -> new ClassifyTask().evaluate(gold))
        .hasMessageContaining("line 1")
        .hasMessageContaining("found Bombing");
  }

  @Test
  void rolesMatchAnEventAndScoreItsFillersByHeadNoun(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("roles.jsonl");
    String text = "GUERRILLAS KILLED FOUR PEASANTS IN THE TOWN OF SAN MIGUEL YESTERDAY.";
    Files.writeString(
        gold,
        "{\"id\":\"m\",\"published\":null,\"text\":\""
            + text
            + "\",\"events\":[{\"type\":\"attack\",\"subTypes\":[\"Attack\",\"Armed clash\"],"
            + "\"required\":true,\"perpetrator\":[\"URBAN GUERRILLAS\"],\"victim\":[\"PEASANTS\"],"
            + "\"target\":[],\"place\":[\"SAN MIGUEL\"],\"instrument\":[],\"spans\":{}}]}\n");
    EvalReport r = new RolesTask().evaluate(gold);
    assertThat(metric(r, "event_f1")).isEqualTo(1.0);
    assertThat(metric(r, "roles_f1")).isEqualTo(1.0);
  }

  @Test
  void aPredictedTargetFillsTheVictimSlotWhenItMatchesAGoldTarget(@TempDir Path dir)
      throws Exception {
    Path gold = dir.resolve("roles.jsonl");
    String text = "REBELS SET FIRE TO A PASSENGER BUS NEAR THE TOWN OF SAN MIGUEL YESTERDAY.";
    String line =
        "{\"id\":\"m\",\"published\":null,\"text\":\""
            + text
            + "\",\"events\":[{\"type\":\"arson\",\"subTypes\":[\"Looting/property"
            + " destruction\",\"Attack\"],\"required\":true,\"perpetrator\":[\"REBELS\"],"
            + "\"victim\":[],\"target\":[%s],\"place\":[\"SAN MIGUEL\"],"
            + "\"instrument\":[],\"spans\":{}}]}\n";
    Files.writeString(gold, line.formatted("\"BUS\""));
    EvalReport hit = new RolesTask().evaluate(gold);
    Files.writeString(gold, line.formatted("\"TRUCK\""));
    EvalReport miss = new RolesTask().evaluate(gold);

    assertThat(metric(hit, "victim_f1")).isEqualTo(1.0);
    assertThat(metric(miss, "victim_p")).isEqualTo(0.0);
  }
}
