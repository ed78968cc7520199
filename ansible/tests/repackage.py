#!/usr/bin/env python3
"""Copy a Liberty server package with another version stamp in the WAR, or with a broken WAR.

  repackage.py SRC.zip DST.zip --version 0.1.0+e2e.B
  repackage.py SRC.zip DST.zip --version 0.1.0+e2e.broken --break-app

Rewrites WEB-INF/classes/META-INF/tripavail-build.properties inside
wlp/usr/servers/*/apps/tripavail.war (what GET /v1/version reports). --break-app replaces the WAR
with bytes that are not a zip, so the application cannot start. File modes are kept.
"""
import argparse
import io
import re
import zipfile

PROPS = "WEB-INF/classes/META-INF/tripavail-build.properties"


def restamp_war(data, version):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    found = False
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == PROPS:
                text = re.sub(r"(?m)^version=.*$", "version=" + version, content.decode())
                content = text.encode()
                found = True
            dst.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    if not found:
        raise SystemExit("no %s in the WAR" % PROPS)
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--version", required=True)
    ap.add_argument("--break-app", action="store_true")
    args = ap.parse_args()
    wars = 0
    with zipfile.ZipFile(args.src) as src, zipfile.ZipFile(args.dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if re.search(r"/apps/tripavail\.war$", info.filename):
                data = b"this is not a web application archive\n" if args.break_app else restamp_war(data, args.version)
                wars += 1
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    if wars != 1:
        raise SystemExit("expected exactly one tripavail.war, found %d" % wars)
    print("%s -> %s (version %s%s)" % (args.src, args.dst, args.version, ", broken app" if args.break_app else ""))


if __name__ == "__main__":
    main()
