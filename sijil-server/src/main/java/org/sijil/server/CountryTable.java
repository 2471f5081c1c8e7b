package org.sijil.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sijil.model.TabSeparatedLines;

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
    TabSeparatedLines.read(
        in,
        RESOURCE,
        List.of("alpha-2", "numeric", "alpha-3", "name", "region"),
        line -> {
          String alpha2 = line.field(0);
          String numeric = line.field(1);
          if (!alpha2.matches("[A-Z]{2}") || !numeric.matches("\\d{0,3}")) {
            throw line.error(
                "expected alpha-2, numeric, alpha-3, name, region, found: "
                    + String.join("\t", line.fields()));
          }
          m.put(
              alpha2,
              new Country(
                  alpha2,
                  numeric.isEmpty() ? null : Integer.valueOf(numeric),
                  line.field(2),
                  line.field(3),
                  line.field(4)));
        });
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
