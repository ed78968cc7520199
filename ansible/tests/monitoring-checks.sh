#!/usr/bin/env bash
# The ops end-to-end test's monitoring checks (called from e2e.sh; local inventory, as root):
#   monitoring-checks.sh scrape     Prometheus loaded every rule group without errors, scrapes both
#                                   colours and the PostgreSQL/Redis/nginx exporters, Alertmanager
#                                   is up, the dashboard renders; both colours served /metrics
#                                   with traffic during the deploy
#   monitoring-checks.sh colour-down COLOUR
#                                   kill -9 that colour's Liberty: TripAvailColourDown fires
#                                   (Prometheus HTTP API), start it again: the alert resolves
#   monitoring-checks.sh stop       stop what the monitoring role started (cleanup)
# Prints "ok - ..." / "NOT OK - ..." lines like e2e.sh; exits non-zero when a check failed.
set -uo pipefail
ROOT="${TRIPAVAIL_LOCAL_ROOT:-/var/tmp/tripavail-e2e}"
PROM="http://127.0.0.1:${MONITORING_PROMETHEUS_PORT:-5190}"
AM="http://127.0.0.1:${MONITORING_ALERTMANAGER_PORT:-5191}"
RUN_DIR="$ROOT/monitoring/run"
JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
FAILED=0
pass() { echo "ok - $*"; }
fail() { FAILED=$((FAILED + 1)); echo "NOT OK - $*"; }
check() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# query EXPR -> the API's JSON result list
query() { curl -sf --max-time 5 --get --data-urlencode "query=$1" "$PROM/api/v1/query"; }
# value EXPR -> the first value, empty when none
value() { query "$1" | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else "")' 2>/dev/null; }
# wait_for SECONDS EXPR: until EXPR returns a non-empty result
wait_for() {
  local deadline=$(( $(date +%s) + $1 ))
  while (( $(date +%s) < deadline )); do
    [[ -n "$(value "$2")" ]] && return 0
    sleep 2
  done
  return 1
}
alert_state() { # alert_state NAME COLOUR -> firing | pending | "" (from /api/v1/alerts)
  curl -sf --max-time 5 "$PROM/api/v1/alerts" | python3 -c '
import json, sys
name, colour = sys.argv[1], sys.argv[2]
states = [a["state"] for a in json.load(sys.stdin)["data"]["alerts"]
          if a["labels"].get("alertname") == name and a["labels"].get("color") == colour]
print("firing" if "firing" in states else (states[0] if states else ""))' "$1" "$2"
}

rules_loaded() {
  curl -sf --max-time 5 "$PROM/api/v1/rules" | python3 -c '
import json, sys
groups = json.load(sys.stdin)["data"]["groups"]
rules = [r for g in groups for r in g["rules"]]
bad = [(r["name"], r.get("lastError")) for r in rules if r.get("health") != "ok"]
alerts = sum(1 for r in rules if r["type"] == "alerting")
print("rule groups %d, rules %d (alerts %d), unhealthy %s" % (len(groups), len(rules), alerts, bad))
sys.exit(0 if len(groups) >= 4 and alerts >= 25 and not bad else 1)'
}

scrape() {
  # a rule's health turns "ok" at its first evaluation: give every group one interval
  sleep 6
  check "Prometheus loaded every rule group, each rule evaluated without error" rules_loaded
  check "Prometheus scrapes both colours (up{job=tripavail} = 1 for blue and green)" \
    wait_for 60 'count(up{job="tripavail"} == 1) == 2'
  # since blue went live (deploy A's switch, from the deploy history) it kept answering scrapes,
  # through the deploy of green; green was scraped too
  local since
  since=$(python3 - "$ROOT/state/deploy-state.json" <<'PY'
import datetime, json, sys
history = json.load(open(sys.argv[1])).get("history", [])
first = min(h["at"] for h in history if h.get("color") == "blue")
at = datetime.datetime.strptime(first, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
print(max(30, int((datetime.datetime.now(datetime.timezone.utc) - at).total_seconds()) - 15))
PY
)
  [[ -n "$since" ]] || since=300
  local answered
  answered=$(value "avg_over_time(up{job=\"tripavail\",color=\"blue\"}[${since}s])")
  check "blue answered ${answered:-no} of Prometheus' scrapes in the last ${since}s, through the deploy of green (>= 0.95)" \
    python3 -c 'import sys; sys.exit(0 if sys.argv[1] and float(sys.argv[1]) >= 0.95 else 1)' "$answered"
  check "green was scraped up after its deploy" test "$(value 'max_over_time(up{job="tripavail",color="green"}[20m])')" = 1
  check "both colours exported their request counters to Prometheus during the deploys (traffic seen per colour)" \
    test "$(value 'count(count by (color) (max_over_time(tripavail_http_server_requests_total[2h])))')" = 2
  check "the PostgreSQL exporter is scraped and reaches PostgreSQL (pg_up = 1)" wait_for 30 'pg_up == 1'
  check "the Redis exporter is scraped and reaches Redis (redis_up = 1)" wait_for 30 'redis_up{job="redis"} == 1'
  check "the nginx exporter is scraped and reads stub_status (nginx_up = 1)" wait_for 30 'nginx_up == 1'
  check "Alertmanager is up and Prometheus sends to it" \
    bash -c "curl -sf --max-time 5 '$AM/-/ready' >/dev/null && curl -sf --max-time 5 '$PROM/api/v1/alertmanagers' | grep -q '127.0.0.1:${MONITORING_ALERTMANAGER_PORT:-5191}'"
  check "the SLO recording rules produce values (5xx ratio over 5 minutes)" wait_for 30 'tripavail:http_5xx:ratio_rate5m >= 0'
  check "the hold-expiry metrics the alerts need are exported" wait_for 30 'tripavail_hold_expiry_interval_seconds > 0'
  # some traffic through the edge, so the dashboard's per-endpoint table has rows to show
  for _ in 1 2 3 4 5; do curl -sk -o /dev/null --max-time 5 https://127.0.0.1:5443/v1/version; done
  sleep 11
  local page="$ROOT/monitoring/dashboard.html"
  check "the dashboard renders (/consoles/tripavail.html: colours, endpoints, queues)" bash -c "
    curl -sf --max-time 20 '$PROM/consoles/tripavail.html' -o '$page' &&
    grep -q 'id=\"endpoints\"' '$page' && grep -q '<td>blue</td>' '$page' && grep -q '<td>green</td>' '$page' &&
    grep -q '/v1/version' '$page' && ! grep -qi 'error executing template' '$page'"
}

liberty_pid() { # liberty_pid COLOUR -> pid of that colour's Liberty JVM (server start writes a pid file)
  local pidfile="$ROOT/opt/$1/current/wlp/usr/servers/.pid/tripavail.pid"
  if [[ -s "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    cat "$pidfile"
  else
    pgrep -f -- "-javaagent:$ROOT/opt/$1/" | head -1
  fi
}

colour_down() {
  local colour="$1" port pid t0
  port=$([[ "$colour" == blue ]] && echo 5101 || echo 5102)
  pid=$(liberty_pid "$colour")
  check "$colour's Liberty process found" test -n "$pid"
  [[ -n "$pid" ]] || return
  check "no TripAvailColourDown for $colour before the kill" test -z "$(alert_state TripAvailColourDown "$colour")"
  t0=$(date +%s)
  kill -9 "$pid"
  local fired=""
  while (( $(date +%s) - t0 < 150 )); do
    [[ "$(alert_state TripAvailColourDown "$colour")" == firing ]] && { fired=$(( $(date +%s) - t0 )); break; }
    sleep 2
  done
  check "TripAvailColourDown{color=$colour} fires after its Liberty is killed (${fired:-never}s)" test -n "$fired"
  # start it again as the deploy does (same release, same server.env)
  runuser -u tripavail -- env JAVA_HOME="$JAVA_HOME" HOME="$ROOT/opt/$colour" \
    "$ROOT/opt/$colour/current/wlp/bin/server" start tripavail >/dev/null 2>&1
  t0=$(date +%s)
  local resolved=""
  while (( $(date +%s) - t0 < 240 )); do
    if [[ -z "$(alert_state TripAvailColourDown "$colour")" ]] && curl -sf --max-time 3 "http://127.0.0.1:$port/health/ready" >/dev/null; then
      resolved=$(( $(date +%s) - t0 )); break
    fi
    sleep 2
  done
  check "TripAvailColourDown{color=$colour} resolves when it is back (${resolved:-never}s after the start)" test -n "$resolved"
}

stop_all() {
  for pidfile in "$RUN_DIR"/*.pid; do
    [[ -f "$pidfile" ]] || continue
    start-stop-daemon --stop --oknodo --retry TERM/10/KILL/5 --remove-pidfile --pidfile "$pidfile" >/dev/null &&
      echo "stopped $(basename "$pidfile" .pid)"
  done
}

case "${1:-}" in
  scrape) scrape ;;
  colour-down) colour_down "${2:?colour}" ;;
  stop) stop_all; exit 0 ;;
  *) echo "usage: $0 scrape | colour-down COLOUR | stop"; exit 2 ;;
esac
exit $(( FAILED > 0 ))
