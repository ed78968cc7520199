#!/usr/bin/env python3
"""Warm up one colour before it gets traffic (deploy.yml runs it after the smoke gate).

Environment:
  WARMUP_BASE_URL     the colour directly, e.g. https://10.0.0.5:4443
  WARMUP_REQUESTS     requests in total (default 300)
  WARMUP_CONCURRENCY  parallel keep-alive connections (default 4)
  WARMUP_TIMEOUT      seconds per request (default 30: a cold JVM on a busy 2-core host)
  WARMUP_MAX_FAILED   failed requests tolerated, in percent (default 5)
  WARMUP_INSECURE=1   do not verify TLS (the colour's own certificate)

Sends GET /v1/version, the hotel and tour listings and, when a hotel package is listed and a probe
quote succeeds, quote POSTs as a traveler it registers (JIT of the hot paths, JDBC and Redis pools,
JWT keys). The smoke suite, not the warm-up, is the gate for the booking flow. Prints the
counts and the slowest request; exits 1 when more than WARMUP_MAX_FAILED percent failed: a release
that passed the smoke gate but cannot serve a small load is refused too.
Standard library only.
"""
import concurrent.futures
import datetime
import http.client
import json
import os
import ssl
import sys
import time
import urllib.parse
import uuid

BASE = urllib.parse.urlsplit(os.environ.get("WARMUP_BASE_URL", "http://127.0.0.1:4100"))
TOTAL = int(os.environ.get("WARMUP_REQUESTS", "300"))
CONCURRENCY = int(os.environ.get("WARMUP_CONCURRENCY", "4"))
TIMEOUT = float(os.environ.get("WARMUP_TIMEOUT", "30"))
MAX_FAILED = float(os.environ.get("WARMUP_MAX_FAILED", "5"))
CONTEXT = ssl._create_unverified_context() if os.environ.get("WARMUP_INSECURE") == "1" else None


def connect():
    if BASE.scheme == "https":
        return http.client.HTTPSConnection(BASE.hostname, BASE.port or 443, timeout=TIMEOUT, context=CONTEXT)
    return http.client.HTTPConnection(BASE.hostname, BASE.port or 80, timeout=TIMEOUT)


def call(conn, method, path, body=None, token=None):
    headers = {"Accept": "application/json", "X-Request-Id": "warmup-" + uuid.uuid4().hex[:12]}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
        headers["Idempotency-Key"] = "warmup-" + uuid.uuid4().hex
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, path, body=data, headers=headers)
    resp = conn.getresponse()
    payload = resp.read()
    return resp.status, payload


def quote_body(hotel):
    check_in = datetime.date.today() + datetime.timedelta(days=30)
    return {"packageType": "HOTEL", "packageId": hotel, "checkIn": check_in.isoformat(),
            "checkOut": (check_in + datetime.timedelta(days=2)).isoformat(), "guests": 1, "units": 1}


def setup():
    """Registers a traveler, finds a hotel package and probes one quote; no quotes when any fails."""
    conn = connect()
    try:
        email = "warmup-%s@example.test" % uuid.uuid4().hex[:12]
        status, payload = call(conn, "POST", "/v1/auth/register",
                               {"email": email, "password": "Warm!9-" + uuid.uuid4().hex[:16],
                                "displayName": "Warm-up", "role": "TRAVELER"})
        token = json.loads(payload)["accessToken"] if status == 201 else None
        status, payload = call(conn, "GET", "/v1/hotel-packages?limit=5")
        hotels = json.loads(payload).get("data", []) if status == 200 else []
        if not token or not hotels:
            print("warm-up: no traveler or no hotel package; GETs only")
            return None, None
        status, payload = call(conn, "POST", "/v1/bookings/quote", quote_body(hotels[0]["id"]), token)
        if status != 201:
            print("warm-up: probe quote answered %d %s; GETs only" % (status, payload[:200]))
            return None, None
        return token, hotels[0]["id"]
    except (OSError, ValueError, KeyError, http.client.HTTPException) as e:
        print("warm-up: setup failed (%s); GETs only" % type(e).__name__)
        return None, None
    finally:
        conn.close()


def main():
    token, hotel = setup()
    mix = [("GET", "/v1/version", None, 200), ("GET", "/v1/hotel-packages?limit=20", None, 200),
           ("GET", "/v1/tour-packages?limit=20", None, 200)]
    if token and hotel:
        mix.append(("POST", "/v1/bookings/quote", quote_body(hotel), 201))

    def worker(n):
        counts, failures, slowest = 0, [], 0.0
        conn = connect()
        for i in range(n, TOTAL, CONCURRENCY):
            method, path, body, expected = mix[i % len(mix)]
            started = time.monotonic()
            try:
                status, payload = call(conn, method, path, body, token if body else None)
                if status != expected:
                    failures.append("%s %s -> %d %s" % (method, path, status, payload[:200]))
            except (OSError, http.client.HTTPException) as e:
                failures.append("%s %s -> %s" % (method, path, type(e).__name__))
                conn.close()
                conn = connect()
            counts += 1
            slowest = max(slowest, time.monotonic() - started)
        conn.close()
        return counts, failures, slowest

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(CONCURRENCY) as pool:
        results = list(pool.map(worker, range(CONCURRENCY)))
    total = sum(r[0] for r in results)
    failures = [f for r in results for f in r[1]]
    print("warm-up: %d requests (%s) in %.1f s, %d failed, slowest %.2f s" % (
        total, ", ".join(m + " " + p.split("?")[0] for m, p, _, _ in mix), time.monotonic() - started,
        len(failures), max(r[2] for r in results)))
    for f in failures[:5]:
        print("  failed: " + f)
    sys.exit(1 if total == 0 or len(failures) * 100.0 / total > MAX_FAILED else 0)


if __name__ == "__main__":
    main()
