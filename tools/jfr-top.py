#!/usr/bin/env python3
"""Summarises a flight recording's CPU samples (jdk.ExecutionSample): top frames by self time, and
the share of samples whose stack passes through each area of interest (inclusive).
Usage: tools/jfr-top.py target/bench/bench.jfr [stack depth] [--from HH:MM:SS --to HH:MM:SS]
With a window (a scenario's phase times from summary.md, UTC as the recording prints them) only the
samples of that window count, and the machine's CPU split (this JVM against everything else:
PostgreSQL, Redis, the load generator) over the window is printed first."""
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

def option(args, name):
    if name in args:
        i = args.index(name)
        value = args[i + 1]
        del args[i:i + 2]
        return value
    return None

def start_time(block):
    m = re.search(r"startTime = (\d\d:\d\d:\d\d)", block)
    return m.group(1) if m else None

def inside(block, start, end):
    if start is None:
        return True
    t = start_time(block)
    return t is not None and start <= t < end

def cpu_split(jfr, start, end):
    out = subprocess.run(["jfr", "print", "--events", "jdk.CPULoad", jfr], capture_output=True, text=True,
                         check=True).stdout
    rows = []
    for block in out.split("jdk.CPULoad {")[1:]:
        if not inside(block, start, end):
            continue
        values = dict(re.findall(r"(jvmUser|jvmSystem|machineTotal) = ([0-9.]+)%", block))
        if len(values) == 3:
            rows.append({k: float(v) for k, v in values.items()})
    if not rows:
        print("no jdk.CPULoad events in the window\n")
        return
    mean = {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}
    jvm = mean["jvmUser"] + mean["jvmSystem"]
    print(f"Machine CPU over {len(rows)} s ({start}-{end}): {mean['machineTotal']:.0f} % busy; this JVM "
          f"{jvm:.0f} % (user {mean['jvmUser']:.0f} %, kernel {mean['jvmSystem']:.0f} %); everything else "
          f"(PostgreSQL, Redis, the load generator) {max(0.0, mean['machineTotal'] - jvm):.0f} %.\n")

def main():
    args = sys.argv[1:]
    start, end = option(args, "--from"), option(args, "--to")
    if (start is None) != (end is None):
        sys.exit("--from and --to go together")
    jfr = args[0]
    depth = args[1] if len(args) > 1 else "96"
    if start is not None:
        cpu_split(jfr, start, end)
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", depth, jfr],
                         capture_output=True, text=True, check=True).stdout
    samples = []
    for block in out.split("jdk.ExecutionSample {")[1:]:
        if not inside(block, start, end):
            continue
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
