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
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.ingest.DocumentReader;
import org.sijil.ingest.ReadOutcome;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.resolve.ReportExtractor;
import org.sijil.server.core.ExtractionJson;

/**
 * End-to-end extraction of the Arabic example reports ({@code examples/reports-ar/}, written for
 * Sijil) against golden files in {@code src/test/resources/golden-ar/}, as {@link
 * GoldenExtractionTest} does for the English ones. Update the golden files only on purpose, after
 * reading the diff:
 *
 * <pre>./mvnw -B -pl sijil-cli -am test -Dtest=ArabicGoldenExtractionTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dsijil.golden.update=true</pre>
 */
class ArabicGoldenExtractionTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "reports-ar");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden-ar");
  private static final LocalDate NOT_AFTER = LocalDate.of(2026, 1, 1);
  private static final ReportExtractor EXTRACTOR = ReportExtractor.english();

  static Stream<Path> reports() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void theArabicExampleReportExtractsAsItsGoldenFileSays(Path report) throws IOException {
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
    assertThat(doc.metadata().language()).isEqualTo(Language.ARABIC);
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
    Path golden = GOLDEN.resolve(report.getFileName() + ".json");
    if (Boolean.getBoolean("sijil.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file for " + report + " (see the class comment)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
