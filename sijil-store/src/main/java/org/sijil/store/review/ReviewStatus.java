package org.sijil.store.review;

/** Where an item stands in review: the latest action on it, or pending. */
public enum ReviewStatus {
  PENDING,
  CONFIRMED,
  EDITED,
  REJECTED,
  MERGED,
  SPLIT
}
