package org.sijil.model.incident;

import java.util.Objects;

/**
 * Names one extracted event: the document it was read from and its position in that document's
 * extraction result. Events are never copied into incidents by value alone; an incident lists the
 * keys of its members, so splitting or merging incidents never loses an original event.
 *
 * @param document the document's SHA-256 in lower-case hex
 * @param index the event's position in the document's list of events, {@code >= 0}
 */
public record EventKey(String document, int index) implements Comparable<EventKey> {
  public EventKey {
    Objects.requireNonNull(document, "document");
    if (document.isBlank()) {
      throw new IllegalArgumentException("expected a document id, found a blank string");
    }
    if (index < 0) {
      throw new IllegalArgumentException("expected an event index >= 0, found " + index);
    }
  }

  /**
   * Parses the form {@link #toString()} writes, {@code DOCUMENT#INDEX}.
   *
   * @throws IllegalArgumentException naming the text when it is not in that form
   */
  public static EventKey parse(String text) {
    int hash = text.lastIndexOf('#');
    if (hash <= 0 || hash == text.length() - 1) {
      throw new IllegalArgumentException(
          "expected an event key such as 3fa1…#0, found \"" + text + "\"");
    }
    try {
      return new EventKey(text.substring(0, hash), Integer.parseInt(text.substring(hash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "expected an event key such as 3fa1…#0, found \"" + text + "\"", e);
    }
  }

  @Override
  public int compareTo(EventKey o) {
    int c = document.compareTo(o.document);
    return c != 0 ? c : Integer.compare(index, o.index);
  }

  @Override
  public String toString() {
    return document + "#" + index;
  }
}
