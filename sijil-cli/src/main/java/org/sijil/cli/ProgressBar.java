package org.sijil.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn on stderr with carriage returns, at most every 100 ms. Silent
 * when disabled (stderr is not a terminal), so logs and pipes stay clean. Not thread-safe.
 */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled, String label) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
  }

  /** Reports progress; {@code total <= 0} means unknown. */
  void update(long done, long total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < 100_000_000L && done != total) {
      return;
    }
    lastDraw = now;
    drawn = true;
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    String rate = String.format(Locale.ROOT, "%.0f/s", done / seconds);
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      err.print(
          String.format(
              Locale.ROOT,
              "\r%s [%s%s] %d/%d %s ",
              label,
              "#".repeat(filled),
              " ".repeat(WIDTH - filled),
              done,
              total,
              rate));
    } else {
      err.print(String.format(Locale.ROOT, "\r%s %d %s ", label, done, rate));
    }
    err.flush();
  }

  @Override
  public void close() {
    if (enabled && drawn) {
      err.print("\r" + " ".repeat(WIDTH + label.length() + 40) + "\r");
      err.flush();
    }
  }
}
