#!/usr/bin/env python3
"""Steady GET load through the local nginx edge, counting every failed request.

  loadgen.py --url https://127.0.0.1:5443 --stop-file F --summary S [--threads 3] [--max-seconds 600]

Only 127.0.0.1 is allowed. Each worker sends, in turn, GET /v1/version and GET /health/ready
and, with --mix full, the demo hotel and tour listings and a quote POST as a traveler registered at
start (needs the demo catalog), on a fresh connection, pausing --pause seconds between requests,
until the stop file appears or --max-seconds passes. A request fails when it raises or answers
anything but its expected status (200; 201 for the quote). Writes a JSON summary (counts, failures by
reason, versions and colours seen, max latency).
"""
import argparse
import collections
import json
import os
import ssl
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import datetime
import uuid

BASIC = [("GET", "/v1/version", None, 200), ("GET", "/health/ready", None, 200)]
DEMO_HOTEL = "00000000-0000-4000-8000-000000000301"


def full_mix():
    check_in = datetime.date.today() + datetime.timedelta(days=30)
    quote = {"packageType": "HOTEL", "packageId": DEMO_HOTEL, "checkIn": check_in.isoformat(),
             "checkOut": (check_in + datetime.timedelta(days=2)).isoformat(), "guests": 2, "units": 1}
    return BASIC + [("GET", "/v1/hotel-packages?city=Lisbon", None, 200),
                    ("GET", "/v1/tour-packages?destination=Sintra", None, 200),
                    ("POST", "/v1/bookings/quote", quote, 201)]


def register_traveler(url, ctx):
    body = json.dumps({"email": "loadgen-%s@tripavail.test" % uuid.uuid4().hex, "password": "Loadgen-Passw0rd-1",
                       "displayName": "Load generator", "role": "TRAVELER"}).encode()
    req = urllib.request.Request(url + "/v1/auth/register", data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10, context=ctx) as resp:
        return json.loads(resp.read())["accessToken"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--stop-file", required=True)
    ap.add_argument("--summary", required=True)
    ap.add_argument("--threads", type=int, default=3)
    ap.add_argument("--pause", type=float, default=0.05)
    ap.add_argument("--max-seconds", type=float, default=600)
    ap.add_argument("--mix", choices=["basic", "full"], default="basic")
    args = ap.parse_args()
    if urllib.parse.urlsplit(args.url).hostname != "127.0.0.1":
        sys.exit("loadgen only targets 127.0.0.1")

    ctx = ssl._create_unverified_context()
    mix = full_mix() if args.mix == "full" else BASIC
    token = register_traveler(args.url, ctx) if args.mix == "full" else None
    lock = threading.Lock()
    counts = collections.Counter()
    failures = collections.Counter()
    versions = collections.Counter()
    samples = []
    max_ms = [0]
    deadline = time.monotonic() + args.max_seconds

    def worker(n):
        i = n
        while time.monotonic() < deadline and not os.path.exists(args.stop_file):
            method, path, payload, expected = mix[i % len(mix)]
            i += 1
            started = time.monotonic()
            reason = None
            body = b""
            try:
                headers = {"X-Request-Id": "loadgen-%d-%d" % (n, i)}
                data = None
                if payload is not None:
                    data = json.dumps(payload).encode()
                    headers["Content-Type"] = "application/json"
                    headers["Authorization"] = "Bearer " + token
                req = urllib.request.Request(args.url + path, data=data, method=method, headers=headers)
                with urllib.request.urlopen(req, timeout=10, context=ctx) as resp:
                    body = resp.read()
                    if resp.status != expected:
                        reason = "status %d" % resp.status
            except urllib.error.HTTPError as e:
                reason = "status %d" % e.code
            except Exception as e:  # connection reset, timeout, TLS ...
                reason = type(e).__name__
            ms = (time.monotonic() - started) * 1000
            with lock:
                counts[path] += 1
                max_ms[0] = max(max_ms[0], ms)
                if reason:
                    failures["%s %s" % (path, reason)] += 1
                    if len(samples) < 20:
                        samples.append({"path": path, "reason": reason, "at": time.time()})
                elif path == "/v1/version":
                    try:
                        doc = json.loads(body)
                        versions["%s/%s" % (doc.get("color"), doc.get("version"))] += 1
                    except ValueError:
                        failures["/v1/version bad json"] += 1
            time.sleep(args.pause)

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    summary = {"requests": sum(counts.values()), "by_path": counts, "failed": sum(failures.values()),
               "failures": failures, "failure_samples": samples, "served_by": versions,
               "max_latency_ms": round(max_ms[0], 1)}
    with open(args.summary, "w") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
    print("loadgen: %d requests, %d failed, served by %s, max %.0f ms" % (
        summary["requests"], summary["failed"], dict(versions), max_ms[0]))


if __name__ == "__main__":
    main()
