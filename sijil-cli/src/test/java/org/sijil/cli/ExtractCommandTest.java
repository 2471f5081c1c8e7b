package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void aBatchIsExtractedWithEvidenceSpansIntoEachTextAndABadLineIsNamed() throws IOException {
    String text1 =
        "Unknown gunmen shot dead a pharmacist in the town of Mayadin on Tuesday, residents said.";
    String text2 = "A roadside bomb killed three soldiers near Hajin on 4 May 2019.";
    Path in = tmp.resolve("docs.jsonl");
    Files.write(
        in,
        List.of(
            mapper.writeValueAsString(
                mapper
                    .createObjectNode()
                    .put("id", "a")
                    .put("text", text1)
                    .put("published", "2021-02-11")),
            "{\"id\": \"broken\"",
            mapper.writeValueAsString(
                mapper.createObjectNode().put("id", "b").put("text", text2))));
    Path out = tmp.resolve("out.jsonl");

    CliRun run = CliRun.of("extract", "--input", in.toString(), "--output", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_INPUTS_FAILED);
    assertThat(run.err()).contains("docs.jsonl:2");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode a = mapper.readTree(lines.get(0));
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("events")).isNotEmpty();
    for (String line : lines) {
      JsonNode doc = mapper.readTree(line);
      String text = doc.get("id").asText().equals("a") ? text1 : text2;
      for (JsonNode e : doc.get("events")) {
        int s = e.get("evidence").get("start").asInt();
        int end = e.get("evidence").get("end").asInt();
        assertThat(s).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        for (String key :
            List.of(
                "eventType",
                "subEventType",
                "tags",
                "perpetrator",
                "victim",
                "location",
                "date",
                "counts",
                "evidence",
                "confidence",
                "attribution",
                "certainty")) {
          assertThat(e.has(key)).as(key).isTrue();
        }
      }
      for (JsonNode p : doc.get("places")) {
        assertThat(text.substring(p.get("start").asInt(), p.get("end").asInt()))
            .isEqualTo(p.get("text").asText());
      }
      for (JsonNode t : doc.get("times")) {
        assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt()))
            .isEqualTo(t.get("text").asText());
      }
    }
    JsonNode killing = a.get("events").get(0);
    assertThat(killing.get("location").get("name").asText()).isEqualTo("Mayadin");
    assertThat(killing.get("location").get("country").asText()).isEqualTo("SY");
    assertThat(killing.get("date").get("start").asText()).isEqualTo("2021-02-09");
  }

  @Test
  void anArabicReportIsReadForEventsAndALanguageWithoutRulesSaysSo() throws IOException {
    // Written for this test: "five civilians were killed in an air strike on Raqqa on Sunday".
    String arabic = "قُتِل خمسة مدنيين" + " في غارة جوية على" + " الرقة يوم الأحد.";
    // Written for this test: "five civilians were killed in an air strike on Raqqa".
    String french = "Cinq civils ont été tués lors d'une frappe aérienne sur Raqqa.";
    Path in = tmp.resolve("mixed.jsonl");
    Files.write(
        in,
        List.of(
            mapper.writeValueAsString(
                mapper
                    .createObjectNode()
                    .put("id", "ar")
                    .put("text", arabic)
                    .put("published", "2021-02-10")),
            mapper.writeValueAsString(
                mapper
                    .createObjectNode()
                    .put("id", "fr")
                    .put("text", french)
                    .put("language", "fr")),
            mapper.writeValueAsString(
                mapper
                    .createObjectNode()
                    .put("id", "en")
                    .put("text", "A car bomb killed four people in Qamishli on 2 June 2020."))));
    Path out = tmp.resolve("out.jsonl");

    CliRun run = CliRun.of("extract", "--input", in.toString(), "--output", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 read for places only or not at all");
    List<String> lines = Files.readAllLines(out);
    JsonNode ar = mapper.readTree(lines.get(0));
    assertThat(ar.has("notice")).isFalse();
    JsonNode strike = ar.get("events").get(0);
    assertThat(strike.get("subEventType").asText()).isEqualTo("Air/drone strike");
    assertThat(strike.get("location").get("country").asText()).isEqualTo("SY");
    assertThat(strike.get("date").get("start").asText()).isEqualTo("2021-02-07");
    JsonNode raqqa = ar.get("places").get(0);
    assertThat(arabic.substring(raqqa.get("start").asInt(), raqqa.get("end").asInt()))
        .isEqualTo("الرقة");
    JsonNode fr = mapper.readTree(lines.get(1));
    assertThat(fr.get("language").asText()).isEqualTo("fr");
    assertThat(fr.get("notice").asText()).contains("no extraction rules for language 'fr'");
    assertThat(fr.get("events")).isEmpty();
    JsonNode en = mapper.readTree(lines.get(2));
    assertThat(en.has("notice")).isFalse();
    assertThat(en.get("events")).isNotEmpty();
  }

  @Test
  void aMissingInputIsNamed() {
    CliRun run =
        CliRun.of(
            "extract",
            "--input",
            tmp.resolve("none.jsonl").toString(),
            "--output",
            tmp.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_INPUTS_FAILED);
    assertThat(run.err()).contains("none.jsonl");
  }

  @Test
  void locateInBatchGivesCoordinatesForKnownNamesAndNoneForNonsense() throws IOException {
    Path in = tmp.resolve("names.jsonl");
    Files.write(
        in,
        List.of(
            "{\"id\": \"1\", \"name\": \"Kobani\", \"country\": \"SY\"}",
            "{\"id\": \"2\", \"name\": \"Qwxzvbnt\"}",
            "{\"id\": 3}"));
    Path out = tmp.resolve("out.jsonl");

    CliRun run = CliRun.of("locate", "--input", in.toString(), "--output", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_INPUTS_FAILED);
    assertThat(run.err()).contains("names.jsonl:3");
    List<String> lines = Files.readAllLines(out);
    JsonNode kobani = mapper.readTree(lines.get(0));
    assertThat(kobani.get("lat").asDouble()).isBetween(36.8, 36.95);
    assertThat(kobani.get("lon").asDouble()).isBetween(38.3, 38.45);
    assertThat(mapper.readTree(lines.get(1)).has("lat")).isFalse();
  }

  @Test
  void aSiteReadAsTheTownItIsNamedAfterHasPrecisionTwo() throws IOException {
    Path in = tmp.resolve("sites.jsonl");
    Files.write(
        in,
        List.of(
            "{\"id\": \"town\", \"name\": \"Qamishli\", \"country\": \"SY\"}",
            "{\"id\": \"site\", \"name\": \"Qamishli hospital\", \"country\": \"SY\"}",
            "{\"id\": \"region\", \"name\": \"Hasakah Governorate\", \"country\": \"SY\"}"));
    Path out = tmp.resolve("out.jsonl");

    CliRun run = CliRun.of("locate", "--input", in.toString(), "--output", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    JsonNode town = mapper.readTree(lines.get(0));
    JsonNode site = mapper.readTree(lines.get(1));
    assertThat(town.get("precision").asInt()).isEqualTo(1);
    assertThat(site.get("precision").asInt()).isEqualTo(2);
    assertThat(site.get("candidates").get(0).get("precision").asInt()).isEqualTo(2);
    assertThat(site.get("lat").asDouble()).isCloseTo(town.get("lat").asDouble(), within(0.1));
    assertThat(mapper.readTree(lines.get(2)).get("precision").asInt()).isEqualTo(3);
  }
}
