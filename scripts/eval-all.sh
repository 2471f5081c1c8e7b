#!/usr/bin/env bash
# Runs every evaluation task on the development sets in ../shared/eval and prints the tables.
# Usage: scripts/eval-all.sh [EVAL_DIR]   (default ../shared/eval, relative to the repository root)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/../shared/eval}"
run() { echo; "$root/sijil" eval "$1" "$dir/$2"; }
run events    seeds.gold.jsonl
run classify  classify.case2021.dev.jsonl
run calibration classify.case2021.dev.jsonl
run geo       geo.gwn.dev.jsonl
run geo       geo.trnews.dev.jsonl
run places    places.ucdp-syria.dev.jsonl
run time      time.tbaq.dev.jsonl
run headlines headlines.ucdp-syria.dev.jsonl
run roles     roles.muc4.dev.jsonl
run roles     roles.rams.dev.jsonl
run roles     roles.wikievents.dev.jsonl
echo; "$root/sijil" eval dedup "$root/sijil-eval/dev/dedup.dev.jsonl"
