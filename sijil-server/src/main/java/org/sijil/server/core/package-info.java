/**
 * The record's services, assembled from the store, the extraction pipeline and incident resolution:
 * the codecs of stored events, incidents and documents, and the resolution run after ingest. Used
 * by the HTTP server and the command line alike.
 */
package org.sijil.server.core;
