package org.sijil.resolve.geo;

import java.util.List;
import java.util.Locale;
import org.sijil.model.geo.Place;

/**
 * What is known about where a name should lie: the country, the first-level area, the district and
 * places already resolved nearby. Every part is optional. Immutable.
 *
 * @param countryCode ISO 3166-1 alpha-2 code, or {@code null}
 * @param admin1 the governorate/province name in any common spelling ("Deir ez Zor Governorate",
 *     "Dayr az Zawr"), or {@code null}
 * @param admin2 the district (second-level area) name in any common spelling ("Ath Thawrah
 *     district", "Mintaqat Azaz"), or {@code null}; known for Syria, Iraq, Turkey, Lebanon and
 *     Jordan (elsewhere it is ignored). A sub-district (nahiya) name given here counts as the area
 *     around its centre.
 * @param nearby places the document also names; candidates near them rank higher (never null)
 */
public record LocateHints(String countryCode, String admin1, String admin2, List<Place> nearby) {

  /** No hints. */
  public static final LocateHints NONE = new LocateHints(null, null, null, List.of());

  public LocateHints {
    if (countryCode != null) {
      if (!countryCode.matches("[A-Za-z]{2}")) {
        throw new IllegalArgumentException(
            "expected an ISO 3166-1 alpha-2 country code, found '" + countryCode + "'");
      }
      countryCode = countryCode.toUpperCase(Locale.ROOT);
    }
    if (admin1 != null && admin1.isBlank()) {
      admin1 = null;
    }
    if (admin2 != null && admin2.isBlank()) {
      admin2 = null;
    }
    nearby = nearby == null ? List.of() : List.copyOf(nearby);
  }

  /** Hints of a country, a first-level area and places nearby, without a district. */
  public LocateHints(String countryCode, String admin1, List<Place> nearby) {
    this(countryCode, admin1, null, nearby);
  }

  /** Hints of a country and a first-level area (either may be {@code null}). */
  public static LocateHints of(String countryCode, String admin1) {
    return new LocateHints(countryCode, admin1, null, List.of());
  }

  /** Hints of a country, a first-level area and a district (any may be {@code null}). */
  public static LocateHints of(String countryCode, String admin1, String admin2) {
    return new LocateHints(countryCode, admin1, admin2, List.of());
  }
}
