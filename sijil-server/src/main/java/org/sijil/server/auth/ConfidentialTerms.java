package org.sijil.server.auth;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Event;
import org.sijil.store.sensitivity.ConfidentialValue;

/**
 * The values confidential by default, gathered for a {@link Redactor}: every value an admin marked
 * (victim, detainee, witness or other), and the names of people among the victims of extracted
 * events — a victim that is not a known actor and is named like a person ("Karim Haddad", "Abu Ali
 * al-Hasan"), which covers the victims of killings and the detainees and kidnapped of arrests and
 * abductions. Group descriptions ("two shepherds", "civilians") are not names and stay visible.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConfidentialTerms {
  /** Two to six words, each capitalised or a name particle; no digits. */
  private static final Pattern PERSON_NAME =
      Pattern.compile(
          "(?:(?:\\p{Lu}[\\p{L}'’-]*|al-\\p{L}+|bin|ibn|bint|abu|umm)\\s+){1,5}"
              + "(?:\\p{Lu}[\\p{L}'’-]*|al-\\p{L}+)");

  private ConfidentialTerms() {}

  /** Whether a victim mention reads as a person's name. */
  public static boolean looksLikePersonName(String text) {
    return text != null && PERSON_NAME.matcher(text.strip()).matches();
  }

  /** Marked values and the person names among these events' victims. */
  public static Set<String> of(Collection<ConfidentialValue> marked, Collection<Event> events) {
    Objects.requireNonNull(marked, "marked");
    Objects.requireNonNull(events, "events");
    Set<String> out = new LinkedHashSet<>();
    for (ConfidentialValue v : marked) {
      out.add(v.value());
    }
    for (Event e : events) {
      ActorRef victim = e.victim();
      if (victim != null && victim.actorId() == null && looksLikePersonName(victim.name())) {
        out.add(victim.name());
      }
    }
    return out;
  }
}
