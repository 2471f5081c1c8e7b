package org.sijil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.ingest.Outcomes.onlyFailure;
import static org.sijil.ingest.Outcomes.read;
import static org.sijil.ingest.Outcomes.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

class FeedReadingTest {
  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Valley Monitor</title>
          <language>en-us</language>
          <item>
            <title>Bridge closed</title>
            <link>https://monitor.example/bridge</link>
            <guid>monitor-1</guid>
            <dc:creator>Field team</dc:creator>
            <pubDate>Tue, 05 Mar 2024 22:15:00 +0300</pubDate>
            <description>short summary</description>
            <content:encoded><![CDATA[<p>The bridge was closed after <b>shelling</b>.</p><script>x()</script>]]></content:encoded>
          </item>
          <item>
            <title>Market reopened</title>
            <link>https://monitor.example/market</link>
            <pubDate>Wed, 6 Mar 2024 08:00:00 GMT</pubDate>
            <description>&lt;p&gt;The market reopened &amp;amp; traders returned.&lt;/p&gt;</description>
          </item>
          <item><title>No body</title></item>
        </channel>
      </rss>
      """;

  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <title>Atom Desk</title>
        <entry>
          <title>Checkpoint moved</title>
          <id>urn:uuid:1</id>
          <link rel="alternate" href="https://atom.example/checkpoint"/>
          <author><name>Desk editor</name></author>
          <updated>2024-04-02T10:00:00Z</updated>
          <published>2024-04-01T10:00:00Z</published>
          <content type="html">&lt;p&gt;The checkpoint was moved to the north road.&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>Plain entry</title>
          <id>urn:uuid:2</id>
          <updated>2024-04-03T10:00:00Z</updated>
          <summary>A plain summary with a &lt; sign in it.</summary>
        </entry>
        <entry>
          <title>XHTML entry</title>
          <id>urn:uuid:3</id>
          <updated>2024-04-04T10:00:00Z</updated>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Roads <b>reopened</b> at noon.</p></div></content>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  @Test
  void eachRssItemIsADocumentWithItsOwnMetadata() throws IOException {
    Path p = dir.resolve("monitor.rss");
    Files.writeString(p, RSS);
    List<ReadOutcome> out = read(reader().build(), p.toString());
    assertThat(out).hasSize(3);
    IncomingDocument first = ((ReadOutcome.Read) out.get(0)).document();
    assertThat(first.text().text()).isEqualTo("The bridge was closed after shelling.");
    assertThat(first.metadata().origin()).isEqualTo(p + "#1");
    assertThat(first.metadata().title()).isEqualTo("Bridge closed");
    assertThat(first.metadata().url()).isEqualTo("https://monitor.example/bridge");
    assertThat(first.metadata().author()).isEqualTo("Field team");
    assertThat(first.metadata().externalId()).isEqualTo("monitor-1");
    assertThat(first.metadata().source()).isEqualTo("Valley Monitor");
    assertThat(first.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(first.metadata().publishedFrom()).isEqualTo(DateSource.FEED_ENTRY);
    assertThat(first.metadata().language()).isEqualTo(Language.ENGLISH);
    assertThat(first.metadata().mediaType()).isEqualTo(MediaType.TEXT_HTML);
    Outcomes.assertPlainCharsMapToTheirBytes(first);
    IncomingDocument second = ((ReadOutcome.Read) out.get(1)).document();
    assertThat(second.text().text()).isEqualTo("The market reopened & traders returned.");
    assertThat(second.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(out.get(2)).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(out.get(2).input()).isEqualTo(p + "#3");
  }

  @Test
  void eachAtomEntryIsADocumentWithItsOwnMetadata() throws IOException {
    Path p = dir.resolve("desk.atom");
    Files.writeString(p, ATOM);
    List<ReadOutcome> out = read(reader().build(), p.toString());
    assertThat(out).hasSize(3).allMatch(o -> o instanceof ReadOutcome.Read);
    IncomingDocument first = ((ReadOutcome.Read) out.get(0)).document();
    assertThat(first.text().text()).isEqualTo("The checkpoint was moved to the north road.");
    assertThat(first.metadata().title()).isEqualTo("Checkpoint moved");
    assertThat(first.metadata().author()).isEqualTo("Desk editor");
    assertThat(first.metadata().url()).isEqualTo("https://atom.example/checkpoint");
    assertThat(first.metadata().source()).isEqualTo("Atom Desk");
    assertThat(first.metadata().published()).isEqualTo(LocalDate.of(2024, 4, 1));
    IncomingDocument second = ((ReadOutcome.Read) out.get(1)).document();
    assertThat(second.text().text()).isEqualTo("A plain summary with a < sign in it.");
    assertThat(second.metadata().mediaType()).isEqualTo(MediaType.TEXT_PLAIN);
    assertThat(second.metadata().published()).isEqualTo(LocalDate.of(2024, 4, 3));
    IncomingDocument third = ((ReadOutcome.Read) out.get(2)).document();
    assertThat(third.text().text()).isEqualTo("Roads reopened at noon.");
    assertThat(third.metadata().mediaType()).isEqualTo(MediaType.TEXT_HTML);
  }

  @Test
  void anXmlFileThatIsNotAFeedFails() throws IOException {
    Path p = dir.resolve("config.xml");
    Files.writeString(p, "<?xml version=\"1.0\"?><settings><a>1</a></settings>");
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem())
        .startsWith("not a feed")
        .contains("found <settings>");
  }

  @Test
  void malformedXmlFails() throws IOException {
    Path p = dir.resolve("broken.rss");
    Files.writeString(p, "<rss><channel><item></channel>");
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem())
        .startsWith("not well-formed XML");
  }

  @Test
  void aFeedWithADoctypeIsRefusedSoExternalEntitiesCannotBeRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-CONTENT");
    Path p = dir.resolve("xxe.xml");
    Files.writeString(
        p,
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><rss><channel><title>t</title><item><description>&x;</description>"
            + "</item></channel></rss>");
    List<ReadOutcome> out = read(reader().build(), p.toString());
    assertThat(out).hasSize(1);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed) out.get(0)).problem()).contains("DOCTYPE");
  }
}
