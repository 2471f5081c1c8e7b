package org.sijil.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Countries by ISO 3166-1 alpha-2 code, with the numeric code, English short name and ACLED region
 * that ACLED-column exports carry. Loaded from {@code countries.tsv} (built by {@code
 * scripts/build-country-table.sh} from npm world-countries). Immutable and thread-safe.
 */
final class CountryTable {
  /** One country. {@code numeric} is null where ISO assigns none (Kosovo). */
  record Country(String alpha2, Integer numeric, String alpha3, String name, String region) {
    Country {
      Objects.requireNonNull(alpha2, "alpha2");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(region, "region");
    }
  }

  private static final String RESOURCE = "countries.tsv";

  private final Map<String, Country> byAlpha2;

  private CountryTable(Map<String, Country> byAlpha2) {
    this.byAlpha2 = Map.copyOf(byAlpha2);
  }

  /** The table shipped with the server. */
  static CountryTable bundled() {
    try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("expected resource " + RESOURCE + " beside CountryTable");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static CountryTable read(BufferedReader in) throws IOException {
    Map<String, Country> m = new HashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || !f[0].matches("[A-Z]{2}") || !f[1].matches("\\d{0,3}")) {
        throw new IllegalArgumentException(
            RESOURCE
                + " line "
                + n
                + ": expected alpha-2, numeric, alpha-3, name, region, found: "
                + line);
      }
      m.put(
          f[0], new Country(f[0], f[1].isEmpty() ? null : Integer.valueOf(f[1]), f[2], f[3], f[4]));
    }
    return new CountryTable(m);
  }

  /** The country with this alpha-2 code (any case), if the table has it. */
  Optional<Country> find(String alpha2) {
    return alpha2 == null
        ? Optional.empty()
        : Optional.ofNullable(byAlpha2.get(alpha2.toUpperCase(java.util.Locale.ROOT)));
  }

  int size() {
    return byAlpha2.size();
  }
}
