package org.sijil.resolve.geo;

/**
 * A set of int hashes in a plain array, open addressing with linear probing: made once a document
 * and asked a few times, it costs less than sorting or boxing. Slot 0 of the array counts whether
 * the hash 0 was added; other slots hold a hash or 0 for empty. Static helpers over the array only.
 */
final class IntHashes {
  private IntHashes() {}

  /** An empty table for up to {@code n} hashes (load at most one half). */
  static int[] table(int n) {
    int size = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
    return new int[size + 1];
  }

  static void add(int[] table, int h) {
    if (h == 0) {
      table[0] = 1;
      return;
    }
    int mask = table.length - 2;
    int i = mix(h) & mask;
    while (table[i + 1] != 0) {
      if (table[i + 1] == h) {
        return;
      }
      i = (i + 1) & mask;
    }
    table[i + 1] = h;
  }

  static boolean contains(int[] table, int h) {
    if (h == 0) {
      return table[0] == 1;
    }
    int mask = table.length - 2;
    int i = mix(h) & mask;
    while (table[i + 1] != 0) {
      if (table[i + 1] == h) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  // String hashes of short words differ mostly in their low bits; spread the high ones in.
  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
