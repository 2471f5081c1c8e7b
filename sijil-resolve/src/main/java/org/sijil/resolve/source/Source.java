package org.sijil.resolve.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sijil.model.incident.Reliability;
import org.sijil.model.incident.SourceKind;

/**
 * An outlet or organisation in the registry. Immutable.
 *
 * @param id a short stable id, e.g. {@code sohr}
 * @param name the name to show
 * @param aliases other names it goes by in text ("SOHR", "the Observatory")
 * @param domains web domains it publishes on, without {@code www.}
 * @param kind what kind of source it is
 * @param reliability its Admiralty reliability grade
 * @param gradedBy who set the grade, e.g. {@code sijil-default} or an analyst
 * @param gradedOn when the grade was set
 */
public record Source(
    String id,
    String name,
    List<String> aliases,
    List<String> domains,
    SourceKind kind,
    Reliability reliability,
    String gradedBy,
    LocalDate gradedOn) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reliability, "reliability");
    Objects.requireNonNull(gradedBy, "gradedBy");
    Objects.requireNonNull(gradedOn, "gradedOn");
    aliases = List.copyOf(aliases);
    domains = List.copyOf(domains);
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("expected a source id and name, found a blank one");
    }
  }

  /** A source not in the registry, known only by the name a document gives. */
  public static Source unknown(String name) {
    return new Source(
        "unknown:" + name,
        name,
        List.of(),
        List.of(),
        SourceKind.UNKNOWN,
        Reliability.F,
        "sijil-default",
        LocalDate.of(2026, 11, 22));
  }

  /** True when the registry knows this source. */
  public boolean known() {
    return kind != SourceKind.UNKNOWN;
  }
}
