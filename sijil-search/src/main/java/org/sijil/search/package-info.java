/** Search over the record: a Lucene index of documents and events, rebuilt from the store. */
package org.sijil.search;
