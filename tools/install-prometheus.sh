#!/usr/bin/env bash
# Debian's Prometheus (it ships promtool) for the alert-rule tests (monitoring/check.sh), installed
# only when missing; needs root. The test command runs it through monitoring/check.sh.
set -euo pipefail
if ! command -v promtool >/dev/null; then
  echo "installing prometheus (for promtool)"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus
fi
