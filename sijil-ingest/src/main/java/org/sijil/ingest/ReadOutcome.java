package org.sijil.ingest;

import java.util.Objects;
import org.sijil.model.doc.IncomingDocument;

/**
 * What became of one input, or of one document inside a container input. Inputs are named as the
 * user gave them (a path or a URL), and documents inside containers by position: {@code
 * file.jsonl:12} (line 12), {@code feed.xml#3} (third entry), {@code crawl.warc.gz@4096} (the
 * record at byte 4096). Immutable.
 */
public sealed interface ReadOutcome {
  /** The input or container element it came from. */
  String input();

  /** A document read. */
  record Read(IncomingDocument document) implements ReadOutcome {
    public Read {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String input() {
      return document.metadata().origin();
    }
  }

  /** An input that could not be read, and why. */
  record Failed(String input, String problem) implements ReadOutcome {
    public Failed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** An input passed over on purpose, e.g. an unsupported extension inside a directory. */
  record Skipped(String input, String reason) implements ReadOutcome {
    public Skipped {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
