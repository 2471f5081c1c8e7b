#!/bin/sh
# Installs the pinned front-end packages (npm ci, only when package-lock.json changed since the last
# install) and copies the files the UI loads, with their licences, into $1 (target/classes/web/vendor).
# Run by the Maven build in generate-resources; nothing is fetched at run time.
set -eu
out="$1"
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "sijil-server: expected node and npm (Node 20) on the PATH to bundle the web UI's packages, found none." >&2
  echo "sijil-server: install them (Debian: apt-get install nodejs npm) and build again." >&2
  exit 1
fi
if ! cmp -s package-lock.json node_modules/.sijil-installed-lock 2>/dev/null; then
  npm ci --ignore-scripts --no-audit --no-fund
  cp package-lock.json node_modules/.sijil-installed-lock
fi
m=node_modules
rm -rf "$out"
mkdir -p "$out/leaflet/images" "$out/markercluster" "$out/echarts" "$out/topojson-client" "$out/world-atlas"
cp "$m/leaflet/dist/leaflet.js" "$m/leaflet/dist/leaflet.css" "$m/leaflet/LICENSE" "$out/leaflet/"
cp "$m/leaflet/dist/images/"*.png "$out/leaflet/images/"
cp "$m/leaflet.markercluster/dist/leaflet.markercluster.js" "$m/leaflet.markercluster/dist/MarkerCluster.css" \
   "$m/leaflet.markercluster/dist/MarkerCluster.Default.css" "$m/leaflet.markercluster/MIT-LICENCE.txt" "$out/markercluster/"
cp "$m/echarts/dist/echarts.min.js" "$m/echarts/LICENSE" "$m/echarts/NOTICE" "$out/echarts/"
cp "$m/topojson-client/dist/topojson-client.min.js" "$m/topojson-client/LICENSE" "$out/topojson-client/"
cp "$m/world-atlas/countries-50m.json" "$m/world-atlas/LICENSE" "$out/world-atlas/"
