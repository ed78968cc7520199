#!/usr/bin/env bash
# A PostgreSQL 17 pg_dump/pg_restore for the in-server tests: their embedded PostgreSQL is 17 (zonky,
# which ships no client programs) and pg_dump refuses a server newer than itself, while Debian 12 has
# only the 15 client. Debian 13's postgresql-client-17 needs a newer glibc than Debian 12's, so its
# packages (and the libraries they need, glibc included) are unpacked into DIR, never installed, and
# DIR/bin/pg_dump etc. run them through that private dynamic loader. The system is not changed: apt
# runs with its own state under DIR and reads the machine's configured Debian mirror.
# Production and the ops end-to-end test use the Debian client matching their server instead.
# Usage: tools/install-pg-client.sh [DIR]   (default ~/.cache/tripavail/pg-client-17); prints DIR/bin.
set -euo pipefail
DIR=${1:-$HOME/.cache/tripavail/pg-client-17}
BIN=$DIR/bin
if [[ -x $BIN/pg_dump ]] && "$BIN/pg_dump" --version >/dev/null 2>&1; then
  echo "$BIN"; exit 0
fi
STATE=$DIR/apt
mkdir -p "$STATE/lists/partial" "$STATE/cache/archives/partial" "$STATE/sources" "$DIR/debs" "$DIR/root" "$BIN"
touch "$STATE/status"
URI=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
if [[ -z $URI ]]; then
  URI=$(awk '$1=="deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
fi
printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  "$URI" > "$STATE/sources/trixie.sources"
APT=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$STATE/sources" -o "Dir::State::Lists=$STATE/lists"
     -o "Dir::Cache=$STATE/cache" -o "Dir::State::status=$STATE/status" -o "APT::Sandbox::User=root" -q)
apt-get "${APT[@]}" update >/dev/null
( cd "$DIR/debs" && apt-get "${APT[@]}" download postgresql-client-17 libpq5 libc6 libgcc-s1 libldap2 libsasl2-2 \
    libgssapi-krb5-2 libk5crypto3 libkrb5-3 libkrb5support0 libkeyutils1 libcom-err2 libssl3t64 libzstd1 \
    liblz4-1 zlib1g libreadline8t64 libtinfo6 >/dev/null )
for deb in "$DIR"/debs/*.deb; do dpkg-deb -x "$deb" "$DIR/root"; done
ROOT=$DIR/root
for tool in pg_dump pg_restore psql; do
  cat > "$BIN/$tool" <<SH
#!/bin/sh
exec "$ROOT/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$ROOT/usr/lib/x86_64-linux-gnu:$ROOT/lib/x86_64-linux-gnu" "$ROOT/usr/lib/postgresql/17/bin/$tool" "\$@"
SH
  chmod 0755 "$BIN/$tool"
done
"$BIN/pg_dump" --version >&2
echo "$BIN"
