package org.sijil.resolve.geo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.sijil.resolve.geo.build.GazetteerBuilder;

/** Builds the tiny test gazetteer from the fixture files once per test JVM. */
final class FixtureGazetteer {
  private FixtureGazetteer() {}

  static final String VERSION = "fixture-1";

  private static final class Holder {
    static final Gazetteer INSTANCE = build();
  }

  static Gazetteer get() {
    return Holder.INSTANCE;
  }

  static Path file(String name) {
    try {
      return Path.of(
          FixtureGazetteer.class.getResource("/org/sijil/resolve/geo/fixture/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] buildBytes() throws IOException {
    GazetteerBuilder.Sources s =
        new GazetteerBuilder.Sources(
            file("cities.tsv"),
            file("countries.json"),
            null,
            null,
            null,
            file("admin1.tsv"),
            List.of(),
            null,
            file("aliases.tsv"),
            null,
            file("sites.tsv"),
            VERSION,
            "test fixture built from hand-written GeoNames facts");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GazetteerBuilder(s).build(out);
    return out.toByteArray();
  }

  private static Gazetteer build() {
    try {
      return Gazetteer.read(new ByteArrayInputStream(buildBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
