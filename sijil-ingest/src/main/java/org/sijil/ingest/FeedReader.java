package org.sijil.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads RSS 2.0 (and RSS 1.0) and Atom feeds: every entry is a document whose original is the
 * entry's HTML content as UTF-8 (or its plain text, for Atom {@code type="text"}). DTDs and
 * external entities are refused, so a feed cannot make the reader fetch or expand anything.
 * Immutable; thread-safe.
 */
final class FeedReader {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  private final DocumentAssembler assembler;

  FeedReader(DocumentAssembler assembler) {
    this.assembler = assembler;
  }

  /** Reads every entry; {@code name} names the input, entries are {@code name#N} from 1. */
  void read(byte[] xml, String name, Consumer<ReadOutcome> sink) throws BadInputException {
    Element root = parse(xml).getDocumentElement();
    String rootName = root.getLocalName();
    List<Element> entries;
    String feedTitle;
    Language feedLanguage = null;
    boolean atom = rootName.equals("feed");
    if (atom) {
      entries = children(root, ATOM, "entry");
      feedTitle = childText(root, ATOM, "title");
      feedLanguage =
          LanguageDetector.declared(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    } else if (rootName.equals("rss") || rootName.equals("RDF")) {
      Element channel = first(root, null, "channel");
      if (channel == null) {
        throw new BadInputException("not a feed: expected <channel> in <" + rootName + ">");
      }
      feedTitle = childText(channel, null, "title");
      feedLanguage = LanguageDetector.declared(childText(channel, null, "language"));
      // RSS 2.0 nests items in the channel, RSS 1.0 puts them beside it
      entries = children(rootName.equals("rss") ? channel : root, null, "item");
    } else {
      throw new BadInputException(
          "not a feed: expected an RSS or Atom root element (<rss>, <rdf:RDF>, <feed>), found <"
              + root.getTagName()
              + ">");
    }
    if (entries.isEmpty()) {
      sink.accept(new ReadOutcome.Failed(name, "empty feed: expected at least one entry"));
      return;
    }
    int n = 0;
    for (Element entry : entries) {
      n++;
      String origin = name + "#" + n;
      try {
        Extracted e = atom ? atomEntry(entry) : rssEntry(entry);
        FoundMetadata feed =
            new FoundMetadata(null, null, null, null, null, feedTitle, null, feedLanguage);
        sink.accept(assembler.outcome(origin, e.withFound(e.found().orElse(feed))));
      } catch (BadInputException ex) {
        sink.accept(new ReadOutcome.Failed(origin, ex.getMessage()));
      }
    }
  }

  private Extracted rssEntry(Element item) throws BadInputException {
    String html = childText(item, CONTENT, "encoded");
    if (html == null) {
      html = childText(item, null, "description");
    }
    if (html == null) {
      throw new BadInputException("empty entry: expected <content:encoded> or <description>");
    }
    String link = childText(item, null, "link");
    String author = childText(item, DC, "creator");
    if (author == null) {
      author = childText(item, null, "author");
    }
    String date = childText(item, null, "pubDate");
    if (date == null) {
      date = childText(item, DC, "date");
    }
    return entry(
        html,
        false,
        childText(item, null, "guid"),
        childText(item, null, "title"),
        author,
        date,
        link);
  }

  private Extracted atomEntry(Element entry) throws BadInputException {
    Element content = first(entry, ATOM, "content");
    if (content == null) {
      content = first(entry, ATOM, "summary");
    }
    if (content == null) {
      throw new BadInputException("empty entry: expected <content> or <summary>");
    }
    String type = content.getAttribute("type");
    String body;
    boolean plain = false;
    if (type.equals("xhtml")) {
      body = serializeChildren(content);
    } else {
      body = content.getTextContent();
      plain = type.isEmpty() || type.equals("text");
    }
    String link = null;
    for (Element l : children(entry, ATOM, "link")) {
      String rel = l.getAttribute("rel");
      if (rel.isEmpty() || rel.equals("alternate")) {
        link = l.getAttribute("href");
        break;
      }
    }
    Element author = first(entry, ATOM, "author");
    String date = childText(entry, ATOM, "published");
    if (date == null) {
      date = childText(entry, ATOM, "updated");
    }
    return entry(
        body,
        plain,
        childText(entry, ATOM, "id"),
        childText(entry, ATOM, "title"),
        author == null ? null : childText(author, ATOM, "name"),
        date,
        link);
  }

  private Extracted entry(
      String body, boolean plain, String id, String title, String author, String date, String link)
      throws BadInputException {
    byte[] original = body.getBytes(StandardCharsets.UTF_8);
    LocalDate published = PublishedDateParser.parseLenient(date).orElse(null);
    FoundMetadata own =
        new FoundMetadata(
            id,
            title,
            author,
            published,
            published == null ? null : DateSource.FEED_ENTRY,
            null,
            link,
            null);
    Extracted e =
        plain
            ? assembler.plainText(original, MediaType.TEXT_PLAIN)
            : assembler.html(original, "UTF-8", link);
    return e.withFound(own.orElse(e.found()));
  }

  private static Document parse(byte[] xml) throws BadInputException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null); // errors are thrown, not printed to stderr
      return b.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    } catch (SAXException e) {
      throw new BadInputException("not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new BadInputException("unreadable XML: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent, String ns, String local) {
    List<Element> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && local.equals(e.getLocalName()) && nsMatches(e, ns)) {
        out.add(e);
      }
    }
    return out;
  }

  /** {@code ns == null} means "RSS": no namespace, or RSS 1.0's. */
  private static boolean nsMatches(Element e, String ns) {
    String actual = e.getNamespaceURI();
    if (ns == null) {
      return actual == null || actual.equals("http://purl.org/rss/1.0/");
    }
    return ns.equals(actual);
  }

  private static Element first(Element parent, String ns, String local) {
    List<Element> c = children(parent, ns, local);
    return c.isEmpty() ? null : c.get(0);
  }

  private static String childText(Element parent, String ns, String local) {
    Element e = first(parent, ns, local);
    if (e == null) {
      return null;
    }
    String t = e.getTextContent().strip();
    return t.isEmpty() ? null : t;
  }

  private static String serializeChildren(Element parent) throws BadInputException {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter w = new StringWriter();
      for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
        t.transform(new DOMSource(c), new StreamResult(w));
      }
      return w.toString();
    } catch (TransformerException e) {
      throw new BadInputException("unreadable XHTML content: " + e.getMessage(), e);
    }
  }
}
