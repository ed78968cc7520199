#!/usr/bin/env python3
"""Holds that expire while both colours run: each must become EXPIRED_HOLD exactly once.

  expiry_check.py --url https://127.0.0.1:5443 --holds 4 --wait 120

Registers a traveler, quotes and holds --holds bookings of the demo hotel package through the edge
(the deployment runs with a short HOLD_TTL), then polls until every one is EXPIRED_HOLD and prints
their ids, one per line. The caller checks the database for exactly one EXPIRED_HOLD event each.
Only 127.0.0.1 is allowed.
"""
import argparse
import datetime
import json
import ssl
import sys
import time
import urllib.parse
import urllib.request
import uuid

DEMO_HOTEL = "00000000-0000-4000-8000-000000000301"


def call(url, method, path, token=None, body=None, headers=None, ctx=None):
    h = dict(headers or {})
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        h["Content-Type"] = "application/json"
    if token:
        h["Authorization"] = "Bearer " + token
    req = urllib.request.Request(url + path, data=data, method=method, headers=h)
    with urllib.request.urlopen(req, timeout=15, context=ctx) as resp:
        return resp.status, json.loads(resp.read() or b"{}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--holds", type=int, default=4)
    ap.add_argument("--wait", type=float, default=120)
    args = ap.parse_args()
    if urllib.parse.urlsplit(args.url).hostname != "127.0.0.1":
        sys.exit("expiry_check only targets 127.0.0.1")
    ctx = ssl._create_unverified_context()
    _, reg = call(args.url, "POST", "/v1/auth/register", ctx=ctx, body={
        "email": "expiry-%s@tripavail.test" % uuid.uuid4().hex, "password": "Expiry-Passw0rd-1",
        "displayName": "Expiry check", "role": "TRAVELER"})
    token = reg["accessToken"]
    ids = []
    for i in range(args.holds):
        check_in = datetime.date.today() + datetime.timedelta(days=50 + i)
        _, quote = call(args.url, "POST", "/v1/bookings/quote", token, ctx=ctx, body={
            "packageType": "HOTEL", "packageId": DEMO_HOTEL, "checkIn": check_in.isoformat(),
            "checkOut": (check_in + datetime.timedelta(days=1)).isoformat(), "guests": 1, "units": 1})
        status, held = call(args.url, "POST", "/v1/bookings/%s/hold" % quote["id"], token, ctx=ctx,
                            headers={"Idempotency-Key": str(uuid.uuid4())})
        if held.get("status") != "HOLD":
            sys.exit("hold of %s answered %s %s" % (quote["id"], status, held))
        ids.append(quote["id"])
    started = time.monotonic()
    deadline = started + args.wait
    pending = set(ids)
    while pending and time.monotonic() < deadline:
        time.sleep(2)
        for booking in list(pending):
            _, b = call(args.url, "GET", "/v1/bookings/%s" % booking, token, ctx=ctx)
            if b.get("status") == "EXPIRED_HOLD":
                pending.discard(booking)
    if pending:
        sys.exit("not expired within %.0fs: %s" % (args.wait, sorted(pending)))
    print("all %d holds expired %.0fs after they were made" % (len(ids), time.monotonic() - started),
          file=sys.stderr)
    print("\n".join(ids))


if __name__ == "__main__":
    main()
