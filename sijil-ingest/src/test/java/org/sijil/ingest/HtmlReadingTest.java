package org.sijil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.ingest.Outcomes.onlyDocument;
import static org.sijil.ingest.Outcomes.onlyFailure;
import static org.sijil.ingest.Outcomes.read;
import static org.sijil.ingest.Outcomes.reader;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.OffsetMap;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

class HtmlReadingTest {
  @TempDir Path dir;

  private IncomingDocument readHtml(String html) throws IOException {
    return readHtml(html.getBytes(StandardCharsets.UTF_8));
  }

  private IncomingDocument readHtml(byte[] html) throws IOException {
    Path p = dir.resolve("page.html");
    Files.write(p, html);
    return onlyDocument(read(reader().build(), p.toString()));
  }

  @Test
  void scriptsAndOtherHiddenContentNeverReachTheTextAndOffsetsMapBack() throws IOException {
    String html =
        "<!doctype html><html><head><title>T</title><script>var a = 'HEADSCRIPT';</script>"
            + "<style>p { color: red } /* STYLE */</style></head><body>"
            + "<script type='text/javascript'>document.write('<p>WRITTEN</p>');</script>"
            + "<p>Fighting was reported east of الحسكة.</p>"
            + "<noscript>NOSCRIPT fallback</noscript>"
            + "<template><p>TEMPLATE row</p></template>"
            + "<iframe src='x'>IFRAME text</iframe>"
            + "<script>if (a < b && c > d) { x = '</p>'; }</script>"
            + "<div>Second &amp; final paragraph &mdash; with   spaces<br>and a break.</div>"
            + "<script src='tracker.js'></script><div hidden>HIDDEN div</div>"
            + "</body></html>";
    IncomingDocument doc = readHtml(html);
    String text = doc.text().text();
    assertThat(text)
        .isEqualTo(
            "Fighting was reported east of الحسكة.\n\n"
                + "Second & final paragraph \u2014 with spaces\nand a break.");
    for (String hidden :
        new String[] {
          "HEADSCRIPT", "STYLE", "WRITTEN", "NOSCRIPT", "TEMPLATE", "IFRAME", "HIDDEN", "x =", "T"
        }) {
      assertThat(text).doesNotContain(hidden);
    }
    Outcomes.assertPlainCharsMapToTheirBytes(doc);
    byte[] original = doc.original();
    OffsetMap map = doc.text().toOriginalBytes();
    int amp = text.indexOf('&');
    assertThat(new String(original, map.toSource(amp), 5, StandardCharsets.UTF_8))
        .isEqualTo("&amp;");
    int dash = text.indexOf('\u2014');
    assertThat(new String(original, map.toSource(dash), 7, StandardCharsets.UTF_8))
        .isEqualTo("&mdash;");
    int city = text.indexOf("الحسكة");
    assertThat(
            new String(
                original,
                map.toSource(city),
                "الحسكة".getBytes(StandardCharsets.UTF_8).length,
                StandardCharsets.UTF_8))
        .isEqualTo("الحسكة");
    assertThat(doc.metadata().mediaType()).isEqualTo(MediaType.TEXT_HTML);
  }

  @Test
  void aSpanOfWordsEndingAtMarkupMapsToExactlyTheirBytes() throws IOException {
    String html = "<p>Shelling hit <b>الحسكة</b> and <i>Tal Tamr</i> today &amp; yesterday.</p>";
    IncomingDocument doc = readHtml(html);
    String text = doc.text().text();
    OffsetMap map = doc.text().toOriginalBytes();
    byte[] original = doc.original();
    for (String word :
        new String[] {"Shelling hit", "الحسكة", "Tal Tamr", "today &", "yesterday."}) {
      int at = text.indexOf(word);
      org.sijil.model.Span bytes = map.toSource(new org.sijil.model.Span(at, at + word.length()));
      String back = new String(original, bytes.start(), bytes.length(), StandardCharsets.UTF_8);
      assertThat(back).as(word).isEqualTo(word.equals("today &") ? "today &amp;" : word);
    }
  }

  @Test
  void metadataIsReadFromMetaElements() throws IOException {
    String html =
        "<html lang='ar-SY'><head><title>Plain title</title>"
            + "<meta property='og:title' content='  Open Graph   title '>"
            + "<meta name='author' content='A. Reporter'>"
            + "<meta property='og:site_name' content='Example News'>"
            + "<link rel='canonical' href='https://news.example.org/2024/03/item'>"
            + "<meta property='article:published_time' content='2024-03-05T23:30:00+03:00'>"
            + "</head><body><p>نص الخبر هنا.</p></body></html>";
    IncomingDocument doc = readHtml(html);
    assertThat(doc.metadata().title()).isEqualTo("Open Graph title");
    assertThat(doc.metadata().author()).isEqualTo("A. Reporter");
    assertThat(doc.metadata().source()).isEqualTo("Example News");
    assertThat(doc.metadata().url()).isEqualTo("https://news.example.org/2024/03/item");
    assertThat(doc.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(doc.metadata().publishedFrom()).isEqualTo(DateSource.HTML_META);
    assertThat(doc.metadata().language()).isEqualTo(Language.ARABIC);
  }

  @Test
  void fallbackMetadataComesFromTitleTimeAndOgUrl() throws IOException {
    String html =
        "<html><head><title>The title</title><meta property='og:url' content='https://x.example/a'>"
            + "<meta property='article:author' content='B. Writer'></head>"
            + "<body><article><time datetime='2023-11-30'>Thursday</time>"
            + "<p>Text of the story is in the article.</p></article></body></html>";
    IncomingDocument doc = readHtml(html);
    assertThat(doc.metadata().title()).isEqualTo("The title");
    assertThat(doc.metadata().author()).isEqualTo("B. Writer");
    assertThat(doc.metadata().url()).isEqualTo("https://x.example/a");
    assertThat(doc.metadata().published()).isEqualTo(LocalDate.of(2023, 11, 30));
    assertThat(doc.metadata().language()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void theMetaCharsetDecidesTheDecodingAndOffsetsCountItsBytes() throws IOException {
    Charset arabic = Charset.forName("windows-1256");
    String html =
        "<html><head><meta charset='windows-1256'></head><body><p>مدينة الرقة</p></body></html>";
    IncomingDocument doc = readHtml(html.getBytes(arabic));
    assertThat(doc.text().text()).isEqualTo("مدينة الرقة");
    int start = html.indexOf("مدينة"); // one byte a character in windows-1256
    assertThat(doc.text().toOriginalBytes().toSource(0)).isEqualTo(start);
    assertThat(doc.text().toOriginalBytes().toSource(6)).isEqualTo(start + 6);
  }

  @Test
  void aUtf8ByteOrderMarkWinsAndIsCountedInTheOffsets() throws IOException {
    byte[] body = "<p>Text after a mark.</p>".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(body, 0, b, 3, body.length);
    IncomingDocument doc = readHtml(b);
    assertThat(doc.text().text()).isEqualTo("Text after a mark.");
    assertThat(doc.text().toOriginalBytes().toSource(0)).isEqualTo(6);
    Outcomes.assertPlainCharsMapToTheirBytes(doc);
  }

  @Test
  void charactersAfterAnEntityWithoutSemicolonKeepTheirOwnOffsets() throws IOException {
    String html = "<p>&copy2024 &amp;co</p>";
    IncomingDocument doc = readHtml(html);
    assertThat(doc.text().text()).isEqualTo("\u00a92024 &co");
    OffsetMap map = doc.text().toOriginalBytes();
    assertThat(map.toSource(0)).isEqualTo(html.indexOf("&copy"));
    assertThat(map.toSource(1)).isEqualTo(html.indexOf("2024"));
    assertThat(map.toSource(6)).isEqualTo(html.indexOf("&amp;"));
    assertThat(map.toSource(7)).isEqualTo(html.indexOf("co<"));
  }

  @Test
  void preformattedTextKeepsItsWhiteSpace() throws IOException {
    IncomingDocument doc = readHtml("<p>Intro</p><pre>a  b\n  c</pre><p>Outro</p>");
    assertThat(doc.text().text()).isEqualTo("Intro\n\na  b\n  c\n\nOutro");
  }

  @Test
  void aPageWithOnlyScriptsFails() throws IOException {
    Path p = dir.resolve("empty.html");
    Files.writeString(p, "<html><body><script>var only = 1;</script></body></html>");
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem()).startsWith("no text");
  }

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  private static final String[] TAG_SOUP = {
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<b>",
    "</b>",
    "<li>",
    "<ul>",
    "</ul>",
    "<pre>",
    "</pre>",
    "<script>x<y</script>",
    "<style>a{}</style>",
    "&amp;",
    "&lt;",
    "&#1575;",
    "&#x41;",
    "&notanentity;",
    "&copy",
    "&",
    "<",
    ">",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "word",
    "قرية",
    "é",
    "\uD83D\uDE00",
    "<!-- c -->",
    "<![CDATA[d]]>",
    "<a href='x'>",
    "</a>",
    "<title>t</title>",
    "<noscript>n</noscript>",
    "</body>",
    "<body>",
    "<html>",
    "</html>",
    "\u00a0",
    "<p",
    "=\"",
    "'"
  };

  /** Table markup out of place makes the parser move text before the table ("foster parenting"). */
  private static final String[] TABLE_SOUP = {
    "<td>", "<tr>", "<table>", "</table>", "<td>cell</td>", "</td>", "<th>h</th>"
  };

  private static String soup(Random random, boolean tables) {
    StringBuilder html = new StringBuilder();
    int n = 1 + random.nextInt(80);
    for (int i = 0; i < n; i++) {
      if (tables && random.nextInt(4) == 0) {
        html.append(TABLE_SOUP[random.nextInt(TABLE_SOUP.length)]);
      } else {
        html.append(TAG_SOUP[random.nextInt(TAG_SOUP.length)]);
      }
    }
    return html.append("end").toString();
  }

  private static void assertMonotoneAndInBounds(IncomingDocument doc) {
    String text = doc.text().text();
    OffsetMap map = doc.text().toOriginalBytes();
    int previous = 0;
    for (int i = 0; i <= text.length(); i++) {
      int at = map.toSource(i);
      assertThat(at).as("offset %d", i).isBetween(previous, doc.original().length);
      previous = at;
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void forRandomHtmlTheOffsetMapIsMonotoneAndInBounds(int seed) throws IOException {
    IncomingDocument doc = readHtml(soup(new Random(seed), true));
    assertMonotoneAndInBounds(doc);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void forRandomHtmlWithoutTablesEveryPlainCharMapsToItsOwnBytes(int seed) throws IOException {
    IncomingDocument doc = readHtml(soup(new Random(seed), false));
    assertMonotoneAndInBounds(doc);
    Outcomes.assertPlainCharsMapToTheirBytes(doc);
  }
}
