package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.ingest.DocumentReader;
import org.sijil.ingest.ReadOutcome;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.resolve.ReportExtractor;
import org.sijil.server.core.ExtractionJson;

/**
 * End-to-end extraction of the example reports against golden files: the English reports of {@code
 * examples/reports/} against {@code src/test/resources/golden/}, the Arabic ones of {@code
 * examples/reports-ar/} (written for Sijil) against {@code src/test/resources/golden-ar/}, each
 * read in the language the reader detects. A change in what Sijil extracts shows here as a diff;
 * update the golden files only on purpose, after reading the diff:
 *
 * <pre>./mvnw -B -pl sijil-cli -am test -Dtest=GoldenExtractionTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dsijil.golden.update=true</pre>
 */
class GoldenExtractionTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path RESOURCES = Path.of("src", "test", "resources");
  // a fixed "today", so that date inference gives the same answer every year
  private static final LocalDate NOT_AFTER = LocalDate.of(2026, 1, 1);
  private static final ReportExtractor EXTRACTOR = ReportExtractor.bundled();

  static Stream<Arguments> reports() throws IOException {
    List<Arguments> out = new ArrayList<>();
    add(out, "reports", "golden", Language.ENGLISH);
    add(out, "reports-ar", "golden-ar", Language.ARABIC);
    return out.stream();
  }

  private static void add(List<Arguments> out, String examples, String golden, Language language)
      throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES.resolve(examples))) {
      s.sorted().forEach(p -> out.add(Arguments.of(p, RESOURCES.resolve(golden), language)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void theExampleReportExtractsAsItsGoldenFileSays(Path report, Path goldenDir, Language language)
      throws IOException {
    List<IncomingDocument> docs = new ArrayList<>();
    DocumentReader.builder()
        .build()
        .read(
            List.of(report.toString()),
            o -> {
              assertThat(o).isInstanceOf(ReadOutcome.Read.class);
              docs.add(((ReadOutcome.Read) o).document());
            });
    IncomingDocument doc = docs.get(0);
    if (language.equals(Language.ARABIC)) {
      assertThat(doc.metadata().language()).isEqualTo(Language.ARABIC);
    } else {
      assertThat(doc.metadata().language()).isIn(Language.ENGLISH, Language.UNDETERMINED);
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    var json =
        new ExtractionJson()
            .toJson(
                report.getFileName().toString(),
                EXTRACTOR.extract(
                    doc.text().text(),
                    doc.metadata().language(),
                    doc.metadata().published(),
                    NOT_AFTER));
    String actual = mapper.writeValueAsString(json) + "\n";
    Path golden = goldenDir.resolve(report.getFileName() + ".json");
    if (Boolean.getBoolean("sijil.golden.update")) {
      Files.createDirectories(goldenDir);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file for " + report + " (see the class comment)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
