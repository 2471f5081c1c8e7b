package org.sijil.store;

/** Receives progress of {@link DocumentStore#verify}, on the verifying thread. */
@FunctionalInterface
public interface VerifyListener {

  /** A listener that ignores progress. */
  VerifyListener NONE = (done, total) -> {};

  /**
   * @param done originals checked so far
   * @param total originals to check
   */
  void progress(long done, long total);
}
