#!/usr/bin/env python3
"""Summarises a flight recording's CPU samples (jdk.ExecutionSample): top frames by self time, and
the share of samples whose stack passes through each area of interest (inclusive).
Usage: tools/jfr-top.py target/bench/bench.jfr [stack depth]"""
import collections, re, subprocess, sys

AREAS = [
    ("EclipseLink (all)", r"^org\.eclipse\.persistence\."),
    ("EclipseLink unit of work / cloning / change sets", r"^org\.eclipse\.persistence\.internal\.sessions\.(UnitOfWork|.*ChangeSet|.*ObjectBuilder)|^org\.eclipse\.persistence\.internal\.descriptors\.ObjectBuilder\.(clone|build|compare)|ObjectChangePolicy|calculateChanges"),
    ("EclipseLink sequencing", r"^org\.eclipse\.persistence\.internal\.sequencing\."),
    ("PostgreSQL JDBC driver", r"^org\.postgresql\."),
    ("Redis client (Jedis)", r"^redis\.clients\."),
    ("JWT verification (Liberty mpJwt, jose4j)", r"^(com\.ibm\.ws\.security\.(jwt|mp\.jwt)|org\.jose4j|com\.ibm\.ws\.security\.common\.jwk)"),
    ("BearerTokenFilter", r"^com\.tripavail\.identity\.token\.BearerTokenFilter"),
    ("rate limit filter", r"^com\.tripavail\.platform\.ratelimit\."),
    ("logging (JUL, Liberty logging, JSON)", r"^(java\.util\.logging\.|com\.ibm\.ws\.logging\.|com\.ibm\.ws\.collector\.|com\.ibm\.ws\.logging\.data)"),
    ("JSON-B / JSON-P (Yasson, Parsson)", r"^(org\.eclipse\.yasson|org\.eclipse\.parsson|org\.glassfish\.json)"),
    ("metrics (mpMetrics, app metrics)", r"^(io\.openliberty\.microprofile\.metrics|com\.ibm\.ws\.microprofile\.metrics|io\.smallrye\.metrics|com\.tripavail\..*Metrics)"),
    ("transactions (Liberty tx)", r"^com\.ibm\.(tx|ws\.tx)\."),
    ("connection pool (Liberty JCA)", r"^com\.ibm\.ws\.(jca|rsadapter)\."),
    ("CDI (Weld) proxies and interceptors", r"^org\.jboss\.weld\."),
    ("JAX-RS (RESTEasy)", r"^org\.jboss\.resteasy\."),
    ("idempotency", r"^com\.tripavail\.platform\.idempotency\."),
    ("bcrypt", r"^at\.favre\.lib\.crypto\.bcrypt"),
]

def main():
    jfr = sys.argv[1]
    depth = sys.argv[2] if len(sys.argv) > 2 else "96"
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", depth, jfr],
                         capture_output=True, text=True, check=True).stdout
    samples = []
    for block in out.split("jdk.ExecutionSample {")[1:]:
        m = re.search(r"stackTrace = \[(.*?)\n\s*\]", block, re.S)
        if not m:
            continue
        frames = [f.strip() for f in m.group(1).strip().split("\n") if f.strip() and f.strip() != "..."]
        frames = [re.sub(r"\s+line:.*$", "", f) for f in frames]
        samples.append(frames)
    total = len(samples)
    print(f"{total} CPU samples\n\n| top frame (self) | samples | share |\n|---|---:|---:|")
    top = collections.Counter(s[0] for s in samples if s)
    for frame, n in top.most_common(25):
        print(f"| `{frame}` | {n} | {100.0 * n / total:.1f} % |")
    print("\n| area (inclusive: the stack passes through it) | samples | share |\n|---|---:|---:|")
    for name, pattern in AREAS:
        rx = re.compile(pattern)
        n = sum(1 for s in samples if any(rx.search(f) for f in s))
        print(f"| {name} | {n} | {100.0 * n / total:.1f} % |")

if __name__ == "__main__":
    main()
