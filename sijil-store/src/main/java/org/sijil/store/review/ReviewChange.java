package org.sijil.store.review;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sijil.model.Span;

/** What an analyst did to an item; each is recorded as a new version of it. */
public sealed interface ReviewChange {

  /** The action's name as stored: confirm, edit, reject, merge or split. */
  String action();

  /** The status an item has when this is its latest version. */
  ReviewStatus status();

  /** The machine value (or the last version) is right as it stands. */
  record Confirm() implements ReviewChange {
    @Override
    public String action() {
      return "confirm";
    }

    @Override
    public ReviewStatus status() {
      return ReviewStatus.CONFIRMED;
    }
  }

  /**
   * Sets one field of the item's JSON, re-pointing its evidence.
   *
   * @param field a dotted path of names, e.g. {@code victim.name} or {@code counts.killed.max}
   * @param valueJson the new value as JSON text (a string value is quoted)
   * @param evidence the span of the document's raw text that supports the new value, or null to
   *     leave the evidence as it is; written to the {@code span} of the object the value is or is
   *     in ({@code victim.span} for {@code victim.name}), or to {@code evidence} for a top-level
   *     field
   */
  record Edit(String field, String valueJson, Span evidence) implements ReviewChange {
    private static final Pattern PATH = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");

    public Edit {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(valueJson, "valueJson");
      if (!PATH.matcher(field).matches()) {
        throw new IllegalArgumentException(
            "expected a field path such as victim.name, found \"" + field + "\"");
      }
    }

    @Override
    public String action() {
      return "edit";
    }

    @Override
    public ReviewStatus status() {
      return ReviewStatus.EDITED;
    }
  }

  /**
   * The item is wrong (not an event, not this incident).
   *
   * @param reason why; not blank
   */
  record Reject(String reason) implements ReviewChange {
    public Reject {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("expected a reason for the rejection, found none");
      }
    }

    @Override
    public String action() {
      return "reject";
    }

    @Override
    public ReviewStatus status() {
      return ReviewStatus.REJECTED;
    }
  }

  /**
   * The incident was merged with these others.
   *
   * @param others the other incidents' ids, at least one
   */
  record Merge(List<String> others) implements ReviewChange {
    public Merge {
      others = List.copyOf(others);
      if (others.isEmpty()) {
        throw new IllegalArgumentException("expected an incident to merge with, found none");
      }
    }

    @Override
    public String action() {
      return "merge";
    }

    @Override
    public ReviewStatus status() {
      return ReviewStatus.MERGED;
    }
  }

  /**
   * These member events were split off the incident into one of their own.
   *
   * @param events the event keys split off, at least one
   */
  record Split(List<String> events) implements ReviewChange {
    public Split {
      events = List.copyOf(events);
      if (events.isEmpty()) {
        throw new IllegalArgumentException("expected events to split off, found none");
      }
    }

    @Override
    public String action() {
      return "split";
    }

    @Override
    public ReviewStatus status() {
      return ReviewStatus.SPLIT;
    }
  }
}
