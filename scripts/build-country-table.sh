#!/usr/bin/env bash
# Rebuilds sijil-server's country table (ISO 3166 alpha-2, numeric, alpha-3, English short name, ACLED region)
# from the pinned npm package world-countries (ODbL-1.0 data from mledoze/countries; numeric codes are ISO 3166-1).
# Usage: scripts/build-country-table.sh   (needs node and npm; writes the TSV below and prints its row count)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/sijil-server/src/main/resources/org/sijil/server/countries.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-countries@5.1.0 >/dev/null && tar xzf world-countries-5.1.0.tgz)
COUNTRIES="$work/package/countries.json" OUT="$out" node -e '
const fs = require("fs");
const countries = JSON.parse(fs.readFileSync(process.env.COUNTRIES, "utf8"));
// ACLED names regions after the UN sub-regions, with its own cuts: the Caucasus joins Central Asia,
// Iran and Western Asia (less Cyprus and the Caucasus) form the Middle East; Mexico is in Central America.
const caucasus = new Set(["AM", "AZ", "GE"]);
function region(c) {
  if (caucasus.has(c.cca2)) return "Caucasus and Central Asia";
  if (c.cca2 === "IR") return "Middle East";
  if (c.cca2 === "CY") return "Europe";
  if (c.cca2 === "MX") return "Central America";
  switch (c.region) {
    case "Africa": return c.subregion;
    case "Americas": return c.subregion;
    case "Europe": return "Europe";
    case "Oceania": return "Oceania";
    case "Antarctic": return "Antarctica";
  }
  switch (c.subregion) {
    case "Central Asia": return "Caucasus and Central Asia";
    case "Eastern Asia": return "East Asia";
    case "South-Eastern Asia": return "Southeast Asia";
    case "Southern Asia": return "South Asia";
    case "Western Asia": return "Middle East";
  }
  throw new Error("no ACLED region for " + c.cca2 + " (" + c.region + " / " + c.subregion + ")");
}
const rows = countries
  .filter(c => /^[A-Z]{2}$/.test(c.cca2))
  .sort((a, b) => a.cca2.localeCompare(b.cca2))
  .map(c => [c.cca2, c.ccn3 || "", c.cca3, c.name.common, region(c)].join("\t"));
const head = "# Countries: ISO 3166-1 alpha-2, numeric, alpha-3, English short name, ACLED region.\n"
  + "# Built by scripts/build-country-table.sh from npm world-countries 5.1.0 (ODbL-1.0, mledoze/countries).\n";
fs.writeFileSync(process.env.OUT, head + rows.join("\n") + "\n");
console.log(rows.length + " countries written to " + process.env.OUT);
'
