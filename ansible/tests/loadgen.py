#!/usr/bin/env python3
"""Steady GET load through the local nginx edge, counting every failed request.

  loadgen.py --url https://127.0.0.1:5443 --stop-file F --summary S [--threads 3] [--max-seconds 600]

Only 127.0.0.1 is allowed. Each worker sends, in turn, GET /v1/version and GET /health/ready
(TODO once catalog/booking exist: listing GETs and quote POSTs) on a fresh connection, pausing
--pause seconds between requests, until the stop file appears or --max-seconds passes. A request
fails when it raises or answers anything but 200. Writes a JSON summary (counts, failures by
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

PATHS = ["/v1/version", "/health/ready"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--stop-file", required=True)
    ap.add_argument("--summary", required=True)
    ap.add_argument("--threads", type=int, default=3)
    ap.add_argument("--pause", type=float, default=0.05)
    ap.add_argument("--max-seconds", type=float, default=600)
    args = ap.parse_args()
    if urllib.parse.urlsplit(args.url).hostname != "127.0.0.1":
        sys.exit("loadgen only targets 127.0.0.1")

    ctx = ssl._create_unverified_context()
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
            path = PATHS[i % len(PATHS)]
            i += 1
            started = time.monotonic()
            reason = None
            body = b""
            try:
                req = urllib.request.Request(args.url + path, headers={"X-Request-Id": "loadgen-%d-%d" % (n, i)})
                with urllib.request.urlopen(req, timeout=10, context=ctx) as resp:
                    body = resp.read()
                    if resp.status != 200:
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
