#!/usr/bin/env bash
# Debian's Chromium and its ChromeDriver for the browser tests (AdminCenterBrowserIT), installed only
# when missing; needs root. The test command runs it before the in-server tests.
set -euo pipefail
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing ${missing[*]}"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
