package org.sijil.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Sha256;

/**
 * A durable store of original documents that never loses or alters an original. Originals are
 * content-addressed by their SHA-256; storing the same bytes again writes nothing. Documents that
 * share a {@code url} or an external id but differ in bytes form a chain of versions.
 *
 * <p>Implementations are thread-safe. Methods throw {@link StoreException} when the underlying
 * database fails and {@link IllegalStateException} after {@link #close()}.
 */
public interface DocumentStore extends AutoCloseable {

  /** Stores one document durably; same as {@code putAll(List.of(doc)).get(0)}. */
  PutResult put(IncomingDocument doc);

  /**
   * Stores documents in one transaction: when this returns, all of them are durable; when it
   * throws, none of them was stored. Results are in input order. A document repeated in the list is
   * {@link PutResult.AlreadyStored} the second time; a later document with the url or external id
   * of an earlier one becomes its {@link PutResult.NewVersion}.
   *
   * @throws IllegalArgumentException when a document's bytes do not hash to its declared SHA-256
   */
  List<PutResult> putAll(List<IncomingDocument> docs);

  /**
   * Finds a document by full SHA-256 hex, a unique hex prefix of at least 8 digits, or an external
   * id. For an external id shared by several versions, the latest version is returned.
   *
   * @throws IllegalArgumentException when the reference is blank or matches more than one document
   */
  Optional<StoredDocument> find(String ref);

  /**
   * The original's bytes exactly as received.
   *
   * @throws java.util.NoSuchElementException naming the id when no such original is stored
   */
  byte[] original(Sha256 id);

  /** Documents matching the query in the order they were stored; text is omitted (null). */
  List<StoredDocument> list(DocumentQuery query);

  /** Number of documents stored. */
  long count();

  /**
   * Streams the documents matching the query, with their text, in the order they were stored,
   * without holding them all in memory. The action runs on the calling thread.
   */
  void forEach(DocumentQuery query, Consumer<StoredDocument> action);

  /**
   * Recomputes every original's SHA-256 from its stored bytes, one original at a time, and reports
   * those that no longer match their address. The listener is called at least every 1,000 originals
   * and once at the end with {@code done == total}.
   */
  VerifyReport verify(VerifyListener listener);

  /**
   * Appends an extraction result for a document. The latest result per producer is the one {@link
   * #extraction} returns; earlier results are kept as history.
   *
   * @param id the document
   * @param producer the stage that produced it, e.g. {@code "events@1"}; not blank
   * @param json a JSON text
   * @throws java.util.NoSuchElementException naming the id when no such document is stored
   * @throws IllegalArgumentException when the producer is blank or the JSON is not valid
   */
  void putExtraction(Sha256 id, String producer, String json);

  /** The latest extraction result a producer stored for a document. */
  Optional<String> extraction(Sha256 id, String producer);

  /**
   * Links a near-duplicate document to the original of its family; storing a link for the same copy
   * again replaces it.
   *
   * @throws java.util.NoSuchElementException naming the id when either document is not stored
   */
  void putNearDuplicate(NearDuplicate link);

  /** Every near-duplicate link, in the order stored. */
  List<NearDuplicate> nearDuplicates();

  /**
   * Replaces all stored incidents with these, in one transaction. Analyst operations are kept.
   *
   * @throws IllegalArgumentException when an incident's JSON is not valid, two incidents share an
   *     id, or an event is in two incidents
   */
  void replaceIncidents(List<StoredIncident> incidents);

  /** The stored incidents, ordered by id. */
  List<StoredIncident> incidents();

  /** The stored incident with this id. */
  Optional<StoredIncident> incident(String id);

  /**
   * Appends an analyst operation (split, merge or undo) to the log.
   *
   * @param json the operation as JSON text
   * @return its 1-based number in the log
   * @throws IllegalArgumentException when the JSON is not valid
   */
  int appendIncidentOperation(String json);

  /** The analyst operations as JSON texts, in the order appended (number 1 first). */
  List<String> incidentOperations();

  /** The version of the database schema, as recorded by the migrations applied to it. */
  int schemaVersion();

  /** Releases the database; idempotent. */
  @Override
  void close();
}
