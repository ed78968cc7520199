#!/usr/bin/env bash
# End-to-end test of provisioning, blue-green deploy, rollback, a failed gate, backup and restore,
# all on this machine (local inventory, as root), with keep-alive traffic through nginx during every
# deploy and rollback (wrk, 2 threads x 16 connections, ansible/tests/keepalive.lua): two deploys
# and two rollbacks under load must see 0 socket errors and 0 unexpected statuses.
#
#   sudo ansible/tests/e2e.sh            (Debian 12, root, network for apt-get and Maven)
#
# Environment:
#   E2E_TIMEOUT=2400         hard limit in seconds (the whole run is killed after it): a hang watchdog,
#                            sized for a fresh 2-core machine that also installs and provisions monitoring
#   E2E_SKIP_BUILD=1         reuse target/tripavail-server-<version>.zip and target/migrate
#   E2E_SMOKE_LEVEL=full     smoke level of the deploy gate (basic: health, version, 404 only)
#   E2E_WRK_DELAY_MS=200     pause per keep-alive connection between two requests (32 connections)
#   E2E_KEEP=1               keep the PostgreSQL cluster and files afterwards (processes are stopped)
#   TRIPAVAIL_LOCAL_ROOT     where everything is written (default /var/tmp/tripavail-e2e)
# Ports: nginx 5080/5443, blue 5101, green 5102, PostgreSQL 5433, Redis 5379, monitoring 5190-5195.
# The last line is always "N passed, M failed".
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ANSIBLE_DIR="$(dirname "$HERE")"
REPO="$(dirname "$ANSIBLE_DIR")"
export TRIPAVAIL_LOCAL_ROOT="${TRIPAVAIL_LOCAL_ROOT:-/var/tmp/tripavail-e2e}"
ROOT="$TRIPAVAIL_LOCAL_ROOT"
WORK="$ROOT/e2e"
E2E_TIMEOUT="${E2E_TIMEOUT:-2400}"
SMOKE_LEVEL="${E2E_SMOKE_LEVEL:-full}"
WRK_DELAY_MS="${E2E_WRK_DELAY_MS:-200}"
WRK_CONNECTIONS=32
PG_VERSION=15
PG_CLUSTER=tripavail_local
NGINX_CONF="$ROOT/nginx/nginx.conf"
EDGE="https://127.0.0.1:5443"
INVENTORY="$ANSIBLE_DIR/inventories/local/hosts.yml"
PLAYBOOK=(/usr/bin/ansible-playbook -i "$INVENTORY")
export ANSIBLE_CONFIG="$ANSIBLE_DIR/ansible.cfg"
export ANSIBLE_NOCOLOR=1

PASSED=0
FAILED=0
WRK_PID=""
WATCHDOG_PID=""
STARTED_AT=$(date +%s)

log() { printf '\n=== [%4ss] %s\n' "$(( $(date +%s) - STARTED_AT ))" "$*"; }
pass() { PASSED=$((PASSED + 1)); echo "ok - $*"; }
fail() { FAILED=$((FAILED + 1)); echo "NOT OK - $*"; }
quietly() { "$@" > /dev/null; }
abort() { echo "e2e: cannot continue after: $*"; exit 1; }
must() { local before=$FAILED; check "$@"; [[ $FAILED -eq $before ]] || abort "$1"; }
check() { # check "description" command...
  local what="$1"; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

stop_load() { # SIGINT ends wrk early; its done() hook writes the summary
  if [[ -n "$WRK_PID" ]]; then
    kill -INT "$WRK_PID" 2>/dev/null || true
    wait "$WRK_PID" 2>/dev/null || true
    WRK_PID=""
  fi
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  log "cleanup"
  stop_load
  # Liberty servers of both colours (every installed release that runs)
  for server in "$ROOT"/opt/*/releases/*/wlp/bin/server; do
    [[ -x "$server" ]] || continue
    if JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 runuser -u tripavail -- "$server" status tripavail >/dev/null 2>&1; then
      JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 runuser -u tripavail -- "$server" stop tripavail >/dev/null 2>&1
      echo "stopped $(dirname "$(dirname "$(dirname "$server")")")"
    fi
  done
  "$HERE/monitoring-checks.sh" stop   # Prometheus, Alertmanager, exporters (monitoring role)
  if [[ -s "$ROOT/nginx/nginx.pid" ]] && kill -0 "$(cat "$ROOT/nginx/nginx.pid")" 2>/dev/null; then
    nginx -c "$NGINX_CONF" -s quit && echo "stopped nginx"
  fi
  if [[ -f "$WORK/redis.pass" ]]; then
    REDISCLI_AUTH="$(cat "$WORK/redis.pass")" redis-cli -h 127.0.0.1 -p 5379 shutdown nosave >/dev/null 2>&1 && echo "stopped redis"
  fi
  if pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$PG_VERSION $PG_CLUSTER"; then
    if [[ "${E2E_KEEP:-0}" == 1 ]]; then
      pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop && echo "stopped postgresql $PG_CLUSTER (kept)"
    else
      pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop 2>/dev/null
      pg_dropcluster "$PG_VERSION" "$PG_CLUSTER" && echo "dropped postgresql $PG_CLUSTER"
    fi
  fi
  if [[ "${E2E_KEEP:-0}" != 1 ]]; then
    rm -rf "$ROOT"
  fi
  # the watchdog first (so it cannot fire), then its sleep, which would otherwise linger
  if [[ -n "$WATCHDOG_PID" ]]; then
    local sleeper
    sleeper=$(pgrep -P "$WATCHDOG_PID" || true)
    kill "$WATCHDOG_PID" 2>/dev/null || true
    [[ -z "$sleeper" ]] || kill $sleeper 2>/dev/null || true
  fi
  if [[ $rc -ne 0 ]]; then
    fail "the script ran to the end (exit $rc)"
  fi
  echo "e2e took $(( $(date +%s) - STARTED_AT ))s"
  echo "$PASSED passed, $FAILED failed"
  if [[ $FAILED -gt 0 ]]; then exit 1; fi
  exit 0
}

[[ $EUID -eq 0 ]] || { echo "e2e.sh must run as root (it provisions this machine)"; exit 2; }
for port in 5080 5443 5101 5102 5141 5142 5433 5379 5190 5191 5192 5193 5194 5195; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use; stop what uses it first"; exit 2
  fi
done

trap cleanup EXIT
trap 'exit 130' INT
trap 'echo "e2e: time limit or signal reached"; exit 124' TERM

# hard time limit: TERM this script (the trap cleans up) after E2E_TIMEOUT seconds
( sleep "$E2E_TIMEOUT"; kill -TERM $$ 2>/dev/null ) </dev/null >/dev/null 2>&1 &
WATCHDOG_PID=$!

# leftovers of an earlier run kept with E2E_KEEP=1
if pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$PG_VERSION $PG_CLUSTER"; then
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop 2>/dev/null || true
  pg_dropcluster "$PG_VERSION" "$PG_CLUSTER"
fi
rm -rf "$ROOT"
mkdir -p "$WORK"
chmod 755 "$ROOT"   # service users (postgres, redis, tripavail) traverse it
chmod 700 "$WORK"   # secrets

log "prerequisites"
missing=()
command -v /usr/bin/ansible-playbook >/dev/null || missing+=(ansible)
command -v ansible-lint >/dev/null || missing+=(ansible-lint)
command -v nginx >/dev/null || missing+=(nginx)
command -v pg_createcluster >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v wrk >/dev/null || missing+=(wrk)
command -v mvn >/dev/null || missing+=(maven)
command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing ${missing[*]}"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

log "syntax check and lint"
cd "$ANSIBLE_DIR"
for pb in provision deploy rollback backup restore; do
  check "syntax-check $pb.yml" quietly "${PLAYBOOK[@]}" --syntax-check "$pb.yml"
done
check "ansible-lint (production profile) on every playbook" \
  ansible-lint -q --nocolor -p provision.yml deploy.yml rollback.yml backup.yml restore.yml

log "build releases A, B and a broken B'"
VERSION=$(cd "$REPO" && awk '/<artifactId>tripavail<\/artifactId>/{f=1} f && /<version>/{gsub(/.*<version>|<\/version>.*/,""); print; exit}' pom.xml)
PACKAGE="$REPO/target/tripavail-server-$VERSION.zip"
if [[ "${E2E_SKIP_BUILD:-0}" != 1 || ! -f "$PACKAGE" ]]; then
  (cd "$REPO" && mvn -B -q -Prelease package) > "$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
fi
check "release package $PACKAGE exists" test -f "$PACKAGE"
check "migration tool exists" test -f "$REPO/target/migrate/tripavail-migrate.jar"
VA="$VERSION+e2e.A"; VB="$VERSION+e2e.B"; VBAD="$VERSION+e2e.broken"
python3 "$HERE/repackage.py" "$PACKAGE" "$WORK/A.zip" --version "$VA"
python3 "$HERE/repackage.py" "$PACKAGE" "$WORK/B.zip" --version "$VB"
VC="$VERSION+e2e.C"
python3 "$HERE/repackage.py" "$PACKAGE" "$WORK/C.zip" --version "$VC"
python3 "$HERE/repackage.py" "$PACKAGE" "$WORK/broken.zip" --version "$VBAD" --break-app

log "secrets (generated, never committed)"
rnd() { openssl rand -hex 24; }
DB_PASS=$(rnd); REDIS_PASS=$(rnd)
# the app's first administrator (ADMIN_EMAIL): backup.yml, restore.yml and the deploys' backups log in as it
ADMIN_EMAIL="ops-$(openssl rand -hex 4)@tripavail.test"; ADMIN_PASSWORD="Ops-$(rnd)"
echo "$REDIS_PASS" > "$WORK/redis.pass"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt.pem" 2>/dev/null
umask 077
cat > "$WORK/secrets.yml" <<YAML
postgresql_app_password: "$DB_PASS"
redis_password: "$REDIS_PASS"
liberty_app_database_url: "postgresql://tripavail:$DB_PASS@127.0.0.1:5433/tripavail"
liberty_app_redis_url: "redis://:$REDIS_PASS@127.0.0.1:5379/0"
liberty_app_jwt_private_key: |
$(sed 's/^/  /' "$WORK/jwt.pem")
liberty_app_jwt_key_id: "e2e-$(date +%Y%m%d)"
liberty_app_storage_signing_key: "$(rnd)"
liberty_app_stripe_webhook_secret: "whsec_$(rnd)"
liberty_app_keystore_password: "$(rnd)"
provision_serial: 1
metrics_user: "prometheus"
metrics_password: "$(rnd)"
liberty_app_admin_email: "$ADMIN_EMAIL"
liberty_app_admin_password: "$ADMIN_PASSWORD"
YAML
umask 022
SECRETS=(-e "@$WORK/secrets.yml")

deploy() { # deploy VERSION PACKAGE [extra args]
  local version="$1" package="$2"; shift 2
  "${PLAYBOOK[@]}" deploy.yml "${SECRETS[@]}" -e "deploy_version=$version" -e "deploy_package=$package" \
    -e "deploy_migrate_dir=$REPO/target/migrate" -e "deploy_smoke_level=$SMOKE_LEVEL" "$@"
}
edge_version() { curl -sk --max-time 5 "$EDGE/v1/version"; }
edge_is() { # edge_is COLOUR VERSION
  local v; v=$(edge_version)
  echo "edge /v1/version: $v"
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if (d["color"], d["version"]) == (sys.argv[2], sys.argv[3]) else 1)' "$v" "$1" "$2"
}
live_state() { python3 2>/dev/null -c 'import json,sys; print(json.load(open(sys.argv[1]))["live_color"])' "$ROOT/state/deploy-state.json"; }
LOAD_EMAIL="keepalive-$(openssl rand -hex 6)@tripavail.test"
LOAD_PASSWORD="Keepalive-Passw0rd-$(openssl rand -hex 6)"
load_token() { # registers the load's traveler on first use, then logs in (retried: a colour may just have restarted)
  local token="" try
  for try in 1 2 3 4 5 6 7 8 9 10; do
    curl -sk -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"email\":\"$LOAD_EMAIL\",\"password\":\"$LOAD_PASSWORD\",\"displayName\":\"Keep-alive load\",\"role\":\"TRAVELER\"}" \
      "$EDGE/v1/auth/register" || true
    token=$(curl -sk -H 'Content-Type: application/json' -d "{\"email\":\"$LOAD_EMAIL\",\"password\":\"$LOAD_PASSWORD\"}" \
      "$EDGE/v1/auth/login" | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])' 2>/dev/null) && break
    sleep 3
  done
  [[ -n "$token" ]] && echo "$token"
}
start_load() { # start_load NAME: keep-alive clients through nginx until stop_load
  rm -f "$WORK/wrk-$1.json"
  local token
  token=$(load_token) || { echo "no token for the load: nothing started"; return 0; }  # load_result then fails
  # -d: longer than any playbook; stop_load ends it (SIGINT) as soon as the playbook is done
  WRK_TOKEN="$token" WRK_EMAIL="$LOAD_EMAIL" WRK_PASSWORD="$LOAD_PASSWORD" WRK_SUMMARY="$WORK/wrk-$1.json" \
    WRK_DELAY_MS="$WRK_DELAY_MS" wrk -t2 -c"$WRK_CONNECTIONS" -d3600s --timeout 30s -s "$HERE/keepalive.lua" "$EDGE" \
    > "$WORK/wrk-$1.out" 2>&1 &
  WRK_PID=$!
  sleep 3
}
load_result() { # load_result NAME COLOURS: after stop_load; succeeds when every request got its expected answer
  [[ -s "$WORK/wrk-$1.json" ]] || { echo "$1: wrk wrote no summary (not started?)" | tee -a "$WORK/switches.txt"; return 1; }
  cat "$WORK/wrk-$1.out"
  python3 - "$WORK/wrk-$1.json" "$1" "$2" "$WRK_CONNECTIONS" "${3:-}" <<'PY' | tee -a "$WORK/switches.txt"
import json, sys
s = json.load(open(sys.argv[1]))
name, colours, connections, took = sys.argv[2], sys.argv[3].split(","), int(sys.argv[4]), sys.argv[5]
e = s["errors"]
socket_errors = e["connect"] + e["read"] + e["write"] + e["timeout"]
# wrk calls request() once on the first thread to verify the script before it sends anything
# (script_verify_request), so "sent" counts one request that never went out: at most one request
# per connection can be in flight at the stop (measured: 33 = 32 connections + 1, never 0)
no_answer = s["sent"] - s["responses"] - 1
served = s["served_by"] or {}
print("%-10s %6d requests in %5.0f s (%3.0f/s), socket errors %d %s, unexpected %d, expected 4xx %d, "
      "in flight at stop %d, logins %d, served by %s, p99 %.0f ms, max %.0f ms%s" % (
    name, s["responses"], s["duration_s"], s["responses"] / max(s["duration_s"], 1), socket_errors, e,
    s["unexpected"], s["expected_4xx"], no_answer, s["logins"], served, s["latency_p99_ms"], s["latency_max_ms"],
    (", playbook %s s" % took) if took else ""))
if s["unexpected_samples"]:
    print("unexpected:", s["unexpected_samples"])
ok = (socket_errors == 0 and s["unexpected"] == 0 and s["responses"] > 100 and s["logins"] > 0
      and 0 <= no_answer <= connections and all(served.get(c, 0) > 0 for c in colours))
sys.exit(0 if ok else 1)
PY
}
task_execution() { # task_execution COLOUR -> true|false from the live override of that colour
  sed -n 's/.*name="ENABLE_TASK_EXECUTION" value="\([a-z]*\)".*/\1/p' \
    "$ROOT/opt/$1/current/wlp/usr/servers/tripavail/configDropins/overrides/task-execution.xml"
}

log "provision (local inventory)"
must "provision.yml" "${PLAYBOOK[@]}" provision.yml "${SECRETS[@]}"

log "deploy A (first deploy: blue)"
must "deploy.yml A" deploy "$VA" "$WORK/A.zip"
check "edge serves A from blue" edge_is blue "$VA"
check "blue executes timer tasks" test "$(task_execution blue)" = true
nginx_workers() { pgrep -P "$(cat "$ROOT/nginx/nginx.pid")" | sort -n | paste -sd,; }
WORKERS_AFTER_A=$(nginx_workers)
check "the live colour is switched at run time: control socket says blue, the file agrees" \
  test "$(curl -sS --unix-socket "$ROOT/state/nginx-control/control.sock" http://control/live-color)/$(cat "$ROOT/state/edge/live-color")" = blue/blue
check "the control socket is a unix socket in a root-only (0700) directory" \
  test "$(stat -c '%a %U' "$ROOT/state/nginx-control")/$(stat -c '%F' "$ROOT/state/nginx-control/control.sock")" = "700 root/socket"

log "edge behaviour"
check "edge: /health/ready is public" test "$(curl -sk -o /dev/null -w '%{http_code}' "$EDGE/health/ready")" = 200
check "edge: /health/live is not exposed" test "$(curl -sk -o /dev/null -w '%{http_code}' "$EDGE/health/live")" = 404
check "edge: /metrics is not exposed" test "$(curl -sk -o /dev/null -w '%{http_code}' "$EDGE/metrics")" = 404
check "edge: the admin center is not exposed" test "$(curl -sk -o /dev/null -w '%{http_code}' "$EDGE/adminCenter/")" = 404
check "edge: the batch REST API is not exposed" test "$(curl -sk -o /dev/null -w '%{http_code}' "$EDGE/ibm/api/batch/jobinstances")" = 404
check "edge: HTTP redirects to HTTPS" test "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' http://127.0.0.1:5080/v1/version)" = "301 https://127.0.0.1:5443/v1/version"
check "edge: HSTS header" bash -c "curl -skI '$EDGE/v1/version' | grep -qi '^strict-transport-security: max-age='"
check "edge: X-Request-Id forwarded and echoed" bash -c "curl -skI -H 'X-Request-Id: e2e-rid-42' '$EDGE/v1/version' | grep -qi '^x-request-id: e2e-rid-42'"
check "edge: one X-Request-Id on an application answer" bash -c "test \$(curl -skI '$EDGE/v1/version' | grep -ci '^x-request-id:') -eq 1"
check "edge: X-Request-Id on Liberty's own /health/ready and on the edge's own 404" bash -c "curl -skI -H 'X-Request-Id: e2e-rid-43' '$EDGE/health/ready' | grep -qi '^x-request-id: e2e-rid-43' && curl -skI '$EDGE/metrics' | grep -qi '^x-request-id: '"
demo_token() {
  curl -sk -H 'Content-Type: application/json' -d '{"email":"traveler@tripavail.test","password":"Demo-Passw0rd!"}' \
    "$EDGE/v1/auth/login" | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])'
}
me_status() { curl -sk -o /dev/null -w '%{http_code}' -H "Authorization: $1 $(demo_token)" "$EDGE/v1/me"; }
bearer_any_case() { test "$(me_status bearer)/$(me_status BEARER)/$(me_status Bearer)" = 200/200/200; }
check "edge: the bearer scheme is case-insensitive (lower-case and upper-case accepted)" bearer_any_case
check "edge: 404 problem+json from the app" bash -c "curl -sk -D- -o /dev/null '$EDGE/v1/no-such-thing' | grep -qi '^content-type: application/problem+json'"
check "edge: only GET/HEAD may be retried on another upstream (POST location has proxy_next_upstream off)" \
  bash -c "nginx -T -c '$NGINX_CONF' 2>/dev/null | grep -A3 'location @tripavail_no_retry' | grep -q 'proxy_next_upstream off'"
check "edge: smoke suite (basic) through nginx" env SMOKE_BASE_URL="$EDGE" SMOKE_LEVEL=basic SMOKE_INSECURE=1 SMOKE_EXPECT_VERSION="$VA" python3 "$REPO/tools/smoke.py"

check "edge: full smoke suite (register, login, listings, quote -> hold -> confirm) through nginx" \
  env SMOKE_BASE_URL="$EDGE" SMOKE_LEVEL=full SMOKE_INSECURE=1 python3 "$REPO/tools/smoke.py"

log "deploy B under keep-alive load (green)"
start_load deploy-B
t0=$(date +%s)
check "deploy.yml B under load" deploy "$VB" "$WORK/B.zip"
took=$(( $(date +%s) - t0 )); echo "deploy B under load took ${took}s"
sleep 3
stop_load
check "deploy B: 0 socket errors, 0 unexpected statuses, every request answered (keep-alive, blue then green)" \
  load_result deploy-B blue,green "$took"
check "edge serves B from green" edge_is green "$VB"
check "state: green is live" test "$(live_state)" = green
check "timer tasks: green executes, blue does not" test "$(task_execution green)/$(task_execution blue)" = true/false
# blue's override went false->true after A and true->false after B, both applied live by Liberty
check "Liberty applied the task-execution overrides without a restart (CWWKG0017I on blue)" \
  test "$(grep -c CWWKG0017I "$ROOT/opt/blue/current/wlp/usr/servers/tripavail/logs/messages.log")" -ge 2

log "hold expiry while both colours run"
psql_app() { runuser -u postgres -- psql -X -At -p 5433 -d tripavail -c "$1"; }
check "both colours are up" bash -c "curl -sf -o /dev/null http://127.0.0.1:5101/health/ready && curl -sf -o /dev/null http://127.0.0.1:5102/health/ready"
# worst case: HOLD_TTL (20 s) + the hold-expiry interval (10 s) + Liberty's missed-task threshold
# (100 s) before green takes over a timer task blue had claimed before B's deploy switched it off,
# + a busy machine's slack
if python3 "$HERE/expiry_check.py" --url "$EDGE" --holds 4 --wait 300 > "$WORK/expired.txt" 2> "$WORK/expired.err"; then
  cat "$WORK/expired.err"
  ids=$(sed "s/.*/'&'/" "$WORK/expired.txt" | paste -sd,)
  events=$(psql_app "SELECT b.public_id || '=' || count(e.id) FROM bookings b LEFT JOIN booking_events e ON e.booking_id = b.id AND e.to_status = 'EXPIRED_HOLD' WHERE b.public_id IN ($ids) GROUP BY b.public_id ORDER BY 1")
  echo "$events"
  check "4 holds expired while blue and green both ran" test "$(wc -l < "$WORK/expired.txt")" = 4
  check "each expired hold has exactly one EXPIRED_HOLD event" test "$(echo "$events" | grep -c '=1$')" = 4
  check "their rooms are released (held = 0 on those nights)" test "$(psql_app "SELECT coalesce(sum(held), 0) FROM hotel_nights WHERE package_id = 301 AND night BETWEEN current_date + 50 AND current_date + 53")" = 0
else
  cat "$WORK/expired.err"
  check "holds expired while both colours ran" false
fi

log "monitoring: rules, scrapes of both colours, colour-down alert (ansible/tests/monitoring-checks.sh)"
check "monitoring: Prometheus rules, targets, exporters, Alertmanager and dashboard" "$HERE/monitoring-checks.sh" scrape
check "monitoring: TripAvailColourDown fires when blue's Liberty is killed and resolves when it is back" \
  "$HERE/monitoring-checks.sh" colour-down blue

rollback_under_load() { # rollback_under_load NAME
  start_load "$1"
  local t0 took
  t0=$(date +%s)
  check "rollback.yml under load ($1)" "${PLAYBOOK[@]}" rollback.yml "${SECRETS[@]}"
  took=$(( $(date +%s) - t0 )); echo "rollback $1 under load took ${took}s"
  sleep 3
  stop_load
  check "$1: 0 socket errors, 0 unexpected statuses, every request answered (keep-alive, green then blue)" \
    load_result "$1" green,blue "$took"
  check "edge serves A from blue again" edge_is blue "$VA"
  check "timer tasks: blue executes, green does not" test "$(task_execution blue)/$(task_execution green)" = true/false
}

log "rollback under keep-alive load (back to blue/A)"
rollback_under_load rollback-1
check "no reload: nginx's workers after deploy B and a rollback are the processes of the first deploy ($WORKERS_AFTER_A)" \
  test "$(nginx_workers)" = "$WORKERS_AFTER_A"

log "deploy C under keep-alive load (green again)"
start_load deploy-C
t0=$(date +%s)
check "deploy.yml C under load" deploy "$VC" "$WORK/C.zip"
took=$(( $(date +%s) - t0 )); echo "deploy C under load took ${took}s"
sleep 3
stop_load
check "deploy C: 0 socket errors, 0 unexpected statuses, every request answered (keep-alive, blue then green)" \
  load_result deploy-C blue,green "$took"
check "edge serves C from green" edge_is green "$VC"

log "second rollback under keep-alive load (back to blue/A)"
rollback_under_load rollback-2

log "deploy a broken release B' under load: the gate must hold"
start_load broken
if deploy "$VBAD" "$WORK/broken.zip" -e liberty_app_health_retries=15 > "$WORK/deploy-broken.log" 2>&1; then
  fail "deploy of the broken release failed"
else
  pass "deploy of the broken release failed"
fi
grep -E "GATE FAILED|fatal:" "$WORK/deploy-broken.log" | head -5 || true
sleep 2
stop_load
check "failed deploy: 0 socket errors, 0 unexpected statuses, every request answered (blue only)" load_result broken blue
check "edge still serves A from blue" edge_is blue "$VA"
check "state: blue still live" test "$(live_state)" = blue
check "green's previous release (C) restored as its current" bash -c "readlink '$ROOT/opt/green/current' | grep -q 'releases/$VC\$'"
echo "keep-alive load per switch (wrk, 2 threads x $WRK_CONNECTIONS connections, ${WRK_DELAY_MS} ms pause per connection):"
cat "$WORK/switches.txt"

log "backup and restore (the application's backup job and its manifest)"
# every deploy after the first backed up through the live colour (A on blue) before migrating
check "deploys B, C and B' each backed up through the backup job before migrating (backups table: release A)" \
  test "$(psql_app "SELECT count(*) FROM backups WHERE release = '$VA'")" -ge 3
check "backup.yml (the backup job through the admin API, its file's SHA-256 checked)" \
  "${PLAYBOOK[@]}" backup.yml "${SECRETS[@]}"
check "restore.yml into tripavail_restored (SHA-256 before restoring; row counts and checksums against the manifest)" \
  "${PLAYBOOK[@]}" restore.yml "${SECRETS[@]}" -e restore_target_db=tripavail_restored
admin_token() {
  curl -sk -H 'Content-Type: application/json' -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" \
    "$EDGE/v1/auth/login" | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])'
}
curl -sk -H "Authorization: Bearer $(admin_token)" "$EDGE/v1/admin/backups" > "$WORK/backups.json" || true
BACKUP_DIR_APP="$ROOT/opt/backups"
runuser -u postgres -- psql -X -q -At -p 5433 -d tripavail_restored -f "$ANSIBLE_DIR/files/backup_facts.sql" \
  | tail -1 > "$WORK/facts-restored.json" || true
# the restored database against the manifest the backup job recorded in the dump's own snapshot,
# never against the live database: jobs keep writing to it between dump and count
MANIFEST_OK=0
python3 - "$WORK/backups.json" "$WORK/facts-restored.json" "$BACKUP_DIR_APP" > "$WORK/manifest-check.txt" 2>&1 <<'PY' || MANIFEST_OK=$?
import hashlib, json, os, sys
newest = json.load(open(sys.argv[1]))["backups"][0]
restored = json.load(open(sys.argv[2]))
path = os.path.join(sys.argv[3], newest["file"])
sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
print("newest backup %s: %d bytes, release %s, %d tables, checksums %s" % (
    newest["file"], newest["sizeBytes"], newest["release"], len(newest["rowCounts"]), newest["checksums"]))
print("recorded: bookings %s, booking_events %s, journal_entries %s; restored: %s, %s, %s" % tuple(
    d.get(t) for d in (newest["rowCounts"], restored["rowCounts"]) for t in ("bookings", "booking_events", "journal_entries")))
problems = []
if sha != newest["sha256"]:
    problems.append("file SHA-256 %s, manifest %s" % (sha, newest["sha256"]))
if not (newest["rowCounts"].get("bookings", 0) > 0 and newest["rowCounts"].get("booking_events", 0) > 0
        and len(newest["checksums"]) == 4):
    problems.append("the manifest holds no bookings, no booking events or not 4 checksums")
for t, n in newest["rowCounts"].items():
    if restored["rowCounts"].get(t) != n:
        problems.append("%s: %s rows recorded, %s restored" % (t, n, restored["rowCounts"].get(t)))
problems += ["%s: not in the manifest" % t for t in restored["rowCounts"] if t not in newest["rowCounts"]]
problems += ["%s: checksum %s recorded, %s restored" % (t, c, restored["checksums"].get(t))
             for t, c in newest["checksums"].items() if restored["checksums"].get(t) != c]
print("\n".join(problems) or "restored == manifest: %d row counts, %d checksums" % (len(newest["rowCounts"]), len(newest["checksums"])))
sys.exit(1 if problems else 0)
PY
cat "$WORK/manifest-check.txt"
check "the newest backup's file has its manifest's SHA-256, and the manifest holds bookings, booking events and 4 checksums" \
  bash -c "! grep -q -e 'file SHA-256' -e 'holds no bookings' -e Traceback '$WORK/manifest-check.txt'"
check "every table's row count and the bookings, booking events, payments and journal entries checksums in the restored database equal the manifest's (dump snapshot, not live)" \
  test "$MANIFEST_OK" = 0
# a dump altered after its manifest was written is refused before anything is restored
NEWEST_FILE=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["backups"][0]["file"])' "$WORK/backups.json" 2>/dev/null || true)
if [[ -n "$NEWEST_FILE" && -f "$BACKUP_DIR_APP/$NEWEST_FILE" ]]; then
  cp -p "$BACKUP_DIR_APP/$NEWEST_FILE" "$WORK/newest.dump"
  printf 'x' | dd of="$BACKUP_DIR_APP/$NEWEST_FILE" bs=1 seek=100 conv=notrunc status=none
  if "${PLAYBOOK[@]}" restore.yml "${SECRETS[@]}" -e restore_target_db=tripavail_tampered > "$WORK/restore-tampered.log" 2>&1; then
    fail "restore.yml refuses a dump altered after its manifest (SHA-256), before restoring"
  else
    grep -E "SHA-256|fatal:" "$WORK/restore-tampered.log" | head -3 || true
    check "restore.yml refuses a dump altered after its manifest (SHA-256), before restoring" \
      test "$(runuser -u postgres -- psql -X -At -p 5433 -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = 'tripavail_tampered'")" = 0
  fi
  cp -p "$WORK/newest.dump" "$BACKUP_DIR_APP/$NEWEST_FILE"
else
  fail "restore.yml refuses a dump altered after its manifest (no newest backup file found)"
fi
