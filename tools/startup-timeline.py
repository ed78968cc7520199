#!/usr/bin/env python3
"""Where a Liberty start spends its time: the seconds from the first line of a messages.log (JSON
format) to each milestone, and the gaps between them. Usage: tools/startup-timeline.py messages.log
Reads the first start in the file (up to CWWKF0011I, "ready to run a smarter planet")."""
import json, sys
from datetime import datetime

MILESTONES = [
        ("CWWKE0002I", "kernel started"),
    ("CWWKZ0018I", "application starting"),
    ("CNTR4000I", "EJB module starting"),
    ("Schema up to date", "Liquibase: schema checked"),
    ("CNTR4001I", "EJB module started"),
    ("SRVE0169I: Loading Web Module: TripAvail", "web module loading"),
    ("CWWKZ0001I", "application started"),
    ("CWWKF0012I", "features installed"),
    ("CWWKF0011I", "server ready"),
]

def main():
    first, seen = None, {}
    with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            stamp = record.get("ibm_datetime")
            if not stamp:
                continue
            at = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%f%z")
            first = first or at
            message = record.get("message", "")
            for key, name in MILESTONES:
                if key not in seen and key in message:
                    seen[key] = at
            if "CWWKF0011I" in message:
                break
    previous = first
    # the kernel's own start precedes the log's first line: CWWKE0002I says how long it took
    print("| milestone | seconds from the first line | gap |\n|---|---:|---:|")
    names = dict(MILESTONES)
    for key, at in sorted(seen.items(), key=lambda item: item[1]):
        print(f"| {names[key]} ({key}) | {(at - first).total_seconds():.1f} | {(at - previous).total_seconds():.1f} |")
        previous = at

if __name__ == "__main__":
    main()
