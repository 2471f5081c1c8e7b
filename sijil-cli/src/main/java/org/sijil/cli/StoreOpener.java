package org.sijil.cli;

import java.nio.file.Path;
import org.sijil.store.DocumentStore;
import org.sijil.store.SqliteDocumentStore;
import org.sijil.store.StoreConfig;

/** Opens the document store of a data directory, turning failures into a clear message. */
final class StoreOpener {
  private StoreOpener() {}

  static DocumentStore open(Path dir) {
    try {
      return SqliteDocumentStore.open(StoreConfig.at(dir));
    } catch (RuntimeException e) {
      throw new CommandException(
          ExitCode.STORE_ERROR, "cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }
}
