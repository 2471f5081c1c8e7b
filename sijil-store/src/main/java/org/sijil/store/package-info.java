/**
 * Durable, content-addressed storage of original documents, their metadata, extracted text and
 * extraction results. Start at {@link org.sijil.store.DocumentStore} and open one with {@link
 * org.sijil.store.SqliteDocumentStore#open(StoreConfig)}.
 */
package org.sijil.store;
