#!/usr/bin/env bash
# Lints an OpenAPI document with Spectral: the spectral:oas and OWASP API Security rulesets, tuned in
# tools/openapi-lint/spectral.yaml. The tools are pinned by tools/openapi-lint/package-lock.json and
# installed with the machine's npm under target/openapi-lint (never globally). Exit status 1 on any error.
set -euo pipefail
doc=$(realpath "${1:?usage: tools/openapi-lint.sh <openapi.json>}")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/target/openapi-lint
mkdir -p "$work"
if ! cmp -s "$root/tools/openapi-lint/package-lock.json" "$work/package-lock.json" || [ ! -x "$work/node_modules/.bin/spectral" ]; then
  cp "$root/tools/openapi-lint/package.json" "$root/tools/openapi-lint/package-lock.json" "$work/"
  npm ci --prefix "$work" --no-audit --no-fund --ignore-scripts --loglevel=error
fi
# the ruleset sits beside node_modules so Spectral resolves the OWASP ruleset package from there, and the
# document beside the ruleset so the overrides' "openapi.json#/paths/..." name it
cp "$root/tools/openapi-lint/spectral.yaml" "$work/spectral.yaml"
cp "$doc" "$work/openapi.json"
cd "$work"
exec ./node_modules/.bin/spectral lint openapi.json --ruleset spectral.yaml --fail-severity error --format text
