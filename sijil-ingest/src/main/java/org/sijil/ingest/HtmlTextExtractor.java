package org.sijil.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.sijil.model.OffsetMap;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.Language;

/**
 * Reads the visible text of an HTML document, as a reader sees it: blocks separated by a blank
 * line, list items and {@code <br>} by a line break, runs of white space collapsed outside {@code
 * <pre>}; script, style and other non-rendered content left out; entities decoded. Every text
 * character maps back to the byte offset in the original where its source begins (for an entity,
 * the {@code &}); inserted separators map to the white space or the end of the text before them.
 * The map is monotone; content that the HTML parser moves backwards (rare, from badly nested
 * tables) is clamped to keep it so. Stateless; thread-safe.
 */
final class HtmlTextExtractor {
  /** Extracted text and what the document says about itself. */
  record HtmlText(String text, OffsetMap textToByte, FoundMetadata metadata) {}

  private static final Set<String> NOT_RENDERED =
      Set.of(
          "head",
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "video",
          "audio",
          "select",
          "datalist",
          "input",
          "textarea",
          "button");

  private static final Set<String> LINE_BLOCKS = Set.of("li", "dt", "dd", "tr", "option", "br");

  private static final Set<String> PARAGRAPH_BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "legend",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "tfoot",
          "thead",
          "ul");

  private static final Set<String> CELLS = Set.of("td", "th");

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  /** The HTML standard's prescan looks at the first 1024 bytes; real pages overrun it. */
  private static final int PRESCAN_BYTES = 4096;

  private HtmlTextExtractor() {}

  /**
   * Decodes HTML bytes: a byte order mark wins, then {@code transportCharset} (an HTTP header),
   * then a {@code <meta>} charset, then UTF-8. Malformed bytes become U+FFFD, as in browsers.
   */
  static DecodedText decode(byte[] original, String transportCharset) {
    int bom = ByteDecoder.utf8BomLength(original, 0);
    if (bom > 0) {
      return ByteDecoder.decode(original, bom, original.length, StandardCharsets.UTF_8);
    }
    if (original.length >= 2) {
      int b0 = original[0] & 0xff;
      int b1 = original[1] & 0xff;
      if (b0 == 0xFE && b1 == 0xFF) {
        return ByteDecoder.decode(original, 2, original.length, StandardCharsets.UTF_16BE);
      }
      if (b0 == 0xFF && b1 == 0xFE) {
        return ByteDecoder.decode(original, 2, original.length, StandardCharsets.UTF_16LE);
      }
    }
    Charset charset = charsetNamed(transportCharset).orElse(null);
    if (charset == null) {
      String head =
          new String(
              original, 0, Math.min(original.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      charset = m.find() ? charsetNamed(m.group(1)).orElse(null) : null;
    }
    if (charset == null || charset.name().startsWith("UTF-16")) {
      // a meta that claims UTF-16 in a byte-readable prescan is wrong by construction
      charset = StandardCharsets.UTF_8;
    }
    return ByteDecoder.decode(original, 0, original.length, charset);
  }

  private static Optional<Charset> charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name.trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // an unknown label falls back to the next rule, as in browsers
    }
  }

  /** Extracts text and metadata from decoded HTML whose characters map to original bytes. */
  static HtmlText extract(DecodedText html, String baseUri) {
    Document doc =
        Jsoup.parse(
            html.chars(),
            baseUri == null ? "" : baseUri,
            Parser.htmlParser().setTrackPosition(true));
    TextWriter writer = new TextWriter(html);
    doc.filter(writer);
    return new HtmlText(writer.text(), writer.map(), metadata(doc));
  }

  private static FoundMetadata metadata(Document doc) {
    // One walk collects every candidate: a selector per field would walk a large page a dozen
    // times.
    Map<String, String> metas = new HashMap<>();
    Element[] canonical = new Element[1];
    Element[] time = new Element[1];
    Element[] titleElement = new Element[1];
    doc.traverse(
        (node, depth) -> {
          if (!(node instanceof Element e)
              || e.tag().namespace().equals(org.jsoup.parser.Parser.NamespaceSvg)) {
            return;
          }
          switch (e.normalName()) {
            case "meta" -> {
              String content = attr(e, "content");
              for (String key : new String[] {"property", "name", "itemprop"}) {
                String k = attr(e, key);
                if (content != null && k != null) {
                  metas.putIfAbsent(key + "=" + k.toLowerCase(Locale.ROOT), content);
                }
              }
            }
            case "link" -> {
              if (canonical[0] == null
                  && e.attr("rel").equalsIgnoreCase("canonical")
                  && e.hasAttr("href")) {
                canonical[0] = e;
              }
            }
            case "title" -> {
              if (titleElement[0] == null) {
                titleElement[0] = e;
              }
            }
            case "time" -> {
              if (time[0] == null && e.hasAttr("datetime")) {
                time[0] = e;
              }
            }
            default -> {}
          }
        });
    String title =
        firstNonBlank(
            metas.get("property=og:title"),
            titleElement[0] == null ? null : titleElement[0].text());
    String author = firstNonBlank(metas.get("name=author"), metas.get("property=article:author"));
    String site = metas.get("property=og:site_name");
    String url = firstNonBlank(absolute(canonical[0], "href"), metas.get("property=og:url"));
    LocalDate published = null;
    for (String candidate :
        new String[] {
          metas.get("property=article:published_time"),
          metas.get("name=date"),
          metas.get("name=pubdate"),
          metas.get("name=dc.date"),
          metas.get("name=dc.date.issued"),
          metas.get("name=dcterms.date"),
          metas.get("itemprop=datepublished"),
          attr(time[0], "datetime")
        }) {
      Optional<LocalDate> d = PublishedDateParser.parseLenient(candidate);
      if (d.isPresent()) {
        published = d.get();
        break;
      }
    }
    Language language = LanguageDetector.declared(attr(doc.firstElementChild(), "lang"));
    return new FoundMetadata(
        null,
        title,
        author,
        published,
        published == null ? null : DateSource.HTML_META,
        site,
        url,
        language);
  }

  private static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.attr(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static String absolute(Element e, String name) {
    if (e == null) {
      return null;
    }
    String abs = e.absUrl(name);
    return abs.isEmpty() ? attr(e, name) : abs;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip().replaceAll("\\s+", " ");
      }
    }
    return null;
  }

  /** Walks the tree in document order writing text and anchors. Not thread-safe; one per call. */
  private static final class TextWriter implements NodeFilter {
    private static final int NONE = 0;
    private static final int SPACE = 1;
    private static final int LINE = 2;
    private static final int PARAGRAPH = 3;

    private final DecodedText html;
    private final StringBuilder text = new StringBuilder();
    private final OffsetMap.Builder map = OffsetMap.builder();
    private int lastByte; // source byte of the last written character; never decreases
    private int lastEnd; // source byte just past the last written non-separator character
    private int pending = NONE;
    private int pendingByte = -1;
    // where the last written character ends in the source: becomes an end anchor when the next
    // character starts elsewhere (markup removed between them), so spans stop before the markup
    private int endDerived = -1;
    private int endByte;
    private int preDepth;

    TextWriter(DecodedText html) {
      this.html = html;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (NOT_RENDERED.contains(tag) || e.hasAttr("hidden")) {
          return FilterResult.SKIP_ENTIRELY;
        }
        breakFor(tag);
        if (tag.equals("pre")) {
          preDepth++;
        }
      } else if (node instanceof TextNode t) {
        write(t);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        breakFor(tag);
        if (tag.equals("pre")) {
          preDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void breakFor(String tag) {
      if (PARAGRAPH_BLOCKS.contains(tag)) {
        pend(PARAGRAPH, lastEnd);
      } else if (LINE_BLOCKS.contains(tag)) {
        pend(LINE, lastEnd);
      } else if (CELLS.contains(tag)) {
        pend(SPACE, lastEnd);
      }
    }

    private void pend(int level, int sourceByte) {
      if (pending == NONE) {
        pendingByte = sourceByte;
      }
      pending = Math.max(pending, level);
    }

    private void write(TextNode node) {
      String whole = node.getWholeText();
      int[] starts = new int[whole.length() + 1];
      sourceChars(node, whole, starts);
      for (int k = 0; k < whole.length(); k++) {
        char c = whole.charAt(k);
        int from = html.charToByte().toSource(starts[k]);
        if (preDepth == 0 && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
          pend(SPACE, from);
          continue;
        }
        if (pending != NONE) {
          if (text.length() > 0) {
            String sep = pending == PARAGRAPH ? "\n\n" : pending == LINE ? "\n" : " ";
            for (int s = 0; s < sep.length(); s++) {
              append(sep.charAt(s), pendingByte);
            }
          }
          pending = NONE;
        }
        append(c, from);
        lastEnd = Math.max(lastByte, html.charToByte().toSource(starts[k + 1]));
        endDerived = text.length();
        endByte = lastEnd;
      }
    }

    private void append(char c, int sourceByte) {
      if (endDerived == text.length() && Math.max(lastByte, sourceByte) != endByte) {
        map.addEnd(endDerived, endByte);
      }
      lastByte = Math.max(lastByte, sourceByte);
      map.add(text.length(), lastByte);
      text.append(c);
    }

    /**
     * Fills {@code starts[k]} with the offset in the decoded HTML where character {@code k} of the
     * node's text begins, and {@code starts[length]} with the end. Entities map to their {@code &}.
     */
    private void sourceChars(TextNode node, String whole, int[] starts) {
      Range range = node.sourceRange();
      String src = html.chars();
      int n = whole.length();
      if (!range.isTracked()) {
        // unknown origin: 0 is clamped up to the last written position, keeping the map monotone
        Arrays.fill(starts, 0);
        return;
      }
      int i = range.startPos();
      int end = Math.min(range.endPos(), src.length());
      if (node instanceof CDataNode && src.startsWith("<![CDATA[", i)) {
        i += "<![CDATA[".length();
      }
      int k = 0;
      while (k < n && i < end) {
        char r = src.charAt(i);
        if (r == whole.charAt(k) && r != '&') {
          starts[k++] = i++;
          continue;
        }
        if (r == '&') {
          int j = entityEnd(src, i, end);
          String decoded = Parser.unescapeEntities(src.substring(i, j), false);
          if (j > i + 1 && !decoded.isEmpty() && whole.startsWith(decoded, k)) {
            // "&copy2024" decodes to "©2024": the characters after the entity keep their places
            int tail = 0;
            while (tail < decoded.length() - 1
                && decoded.charAt(decoded.length() - 1 - tail) == src.charAt(j - 1 - tail)) {
              tail++;
            }
            for (int d = 0; d < decoded.length(); d++) {
              int fromEnd = decoded.length() - d;
              starts[k++] = fromEnd <= tail ? j - fromEnd : i;
            }
            i = j;
            continue;
          }
          if (whole.charAt(k) == '&') {
            starts[k++] = i++;
            continue;
          }
        }
        if (r == '\r') {
          i++; // a CR the parser dropped
          continue;
        }
        break; // the parser changed the text in a way not modelled here: map the rest to here
      }
      while (k < n) {
        starts[k++] = Math.min(i, Math.max(end - 1, range.startPos()));
      }
      starts[n] = Math.max(i, starts[n > 0 ? n - 1 : 0]);
    }

    private static int entityEnd(String s, int amp, int end) {
      int j = amp + 1;
      if (j < end && s.charAt(j) == '#') {
        j++;
        if (j < end && (s.charAt(j) == 'x' || s.charAt(j) == 'X')) {
          j++;
        }
      }
      while (j < end && Character.isLetterOrDigit(s.charAt(j))) {
        j++;
      }
      if (j < end && s.charAt(j) == ';') {
        j++;
      }
      return j;
    }

    String text() {
      return text.toString();
    }

    OffsetMap map() {
      if (endDerived == text.length() && endByte != Math.max(lastByte, lastEnd)) {
        map.addEnd(endDerived, endByte);
      }
      map.add(text.length(), Math.max(lastByte, lastEnd));
      return map.build();
    }
  }
}
