"""Runs the shell examples of markdown files and compares their outputs' shape with the docs.

An example is a line of a ```bash block that starts with `curl` or `bin/crosscheck`, or prepares
their files (`mkdir`, `unzip`); lines ending in a backslash continue it. Lines that start or build
the service are not run: the caller has started it. The block right after a bash block (```json, or a plain ``` block)
is the output the docs show for one of that bash block's examples, which must match it. Shape, not bytes, is
compared, because ids, timestamps and digests differ from run to run:
  - JSON shown: every key the docs show must be in the output, and every value the docs show for
    `verdict`, `relation`, `kind`, `status`, `valid`, `exitCode` and `total` must be the same;
  - HTTP headers shown (`HTTP/1.1 201 Created`, `ETag: …`): the status and every header name;
  - anything else: the first line shown must be in the output.
Each example must exit 0 (1 for `crosscheck validate`, which reports failures so) and must not
get a 5xx. Failures are listed one per line; the exit code is the number of failures (capped).
"""
import argparse
import json
import re
import subprocess
import sys

FENCE = re.compile(r"^```(\w*)\s*$")
KEY = re.compile(r'"([^"\\…]{1,60})"\s*:')
PINNED = ("verdict", "relation", "kind", "status", "valid", "exitCode", "total")


def blocks(path):
    """The fenced blocks of a markdown file: (language, first line number, text)."""
    out, lang, start, buf = [], None, 0, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = FENCE.match(line.rstrip("\n"))
            if m and lang is None:
                lang, start, buf = m.group(1) or "text", n, []
            elif line.rstrip("\n") == "```" and lang is not None:
                out.append((lang, start, "".join(buf)))
                lang = None
            elif lang is not None:
                buf.append(line)
    return out


def examples(text):
    """The example commands of a bash block, continuation lines joined."""
    cmds, cur = [], ""
    for line in text.splitlines():
        cur = cur + line.rstrip("\\").rstrip() + " " if line.endswith("\\") or cur else line
        if cur and line.endswith("\\"):
            continue
        cmd, cur = cur.strip(), ""
        cmd = re.sub(r"\s+#.*$", "", cmd) if not cmd.startswith("#") else ""
        if cmd.startswith(("curl ", "bin/crosscheck ", "mkdir ", "unzip ")):
            cmds.append(cmd)
    return cmds


def keys_of(value, out):
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(k)
            keys_of(v, out)
    elif isinstance(value, list):
        for v in value:
            keys_of(v, out)
    return out


def json_values(text):
    """Every JSON document in an output (one per line for jq -c, or one spanning several lines)."""
    docs, dec, i = [], json.JSONDecoder(), 0
    while True:
        starts = [p for p in (text.find("{", i), text.find("[", i)) if p >= 0]
        if not starts:
            return docs
        i = min(starts)
        try:
            v, end = dec.raw_decode(text, i)
            docs.append(v)
            i = end
        except ValueError:
            i += 1


def pinned(value, out):
    if isinstance(value, dict):
        for k, v in value.items():
            if k in PINNED and isinstance(v, (str, int, bool)):
                out.add((k, json.dumps(v)))
            pinned(v, out)
    elif isinstance(value, list):
        for v in value:
            pinned(v, out)
    return out


def shown_pins(text):
    return {(k, v) for k, v in re.findall(r'"(' + "|".join(PINNED) + r')"\s*:\s*("[^"]*"|-?\d+|true|false)', text)}


def compare(shown, actual):
    """What the output lacks of what the docs show, or None."""
    if re.match(r"^HTTP/\S+ \d{3}", shown):
        status = shown.split()[1]
        if not re.search(r"^HTTP/\S+ " + status, actual, re.M):
            return "the docs show status " + status
        for name in re.findall(r"^([A-Za-z-]+): ", shown, re.M):
            if not re.search(r"^" + re.escape(name) + r":", actual, re.M | re.I):
                return "the docs show header " + name
        body = shown[shown.find("\n\n") + 2:] if "\n\n" in shown else ""
        return compare(body, actual[actual.find("\r\n\r\n") + 4:]) if body.strip() else None
    want = set(KEY.findall(shown))
    if want or shown.lstrip().startswith(("{", "[")):
        got = set()
        docs = json_values(actual)
        for d in docs:
            keys_of(d, got)
        missing = sorted(want - got)
        if missing:
            return "missing keys " + ", ".join(missing[:8])
        have = set()
        for d in docs:
            pinned(d, have)
        for k, v in sorted(shown_pins(shown)):
            if (k, v) not in have:
                return "the docs show " + k + ": " + v
        return None
    first = next((l.strip() for l in shown.splitlines() if l.strip() and "…" not in l), None)
    if first and first not in actual:
        return "the docs show the line: " + first[:80]
    return None


def run(cmd, port):
    cmd = cmd.replace("localhost:8080", "127.0.0.1:" + str(port)).replace("http://localhost:8080", "http://127.0.0.1:" + str(port))
    if cmd.startswith("curl "):
        cmd = "curl -w '\\n%{stderr}%{http_code}' " + cmd[5:]
    p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr.strip().splitlines()[-1:] or [""]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    failures, count = [], 0
    for path in args.files:
        bs = blocks(path)
        for i, (lang, line, text) in enumerate(bs):
            if lang not in ("bash", "sh", "shell"):
                continue
            cmds = examples(text)
            shown = bs[i + 1][2] if i + 1 < len(bs) and bs[i + 1][0] in ("json", "text", "http") and bs[i + 1][1] <= line + text.count("\n") + 4 else None
            where = path + ":" + str(line)
            outputs = []
            for cmd in cmds:
                count += 1
                code, out, last = run(cmd, args.port)
                http = last[0] if cmd.startswith("curl ") else ""
                validate = cmd.startswith("bin/crosscheck validate")
                if code not in ((0, 1) if validate else (0,)):
                    failures.append(where + ": exit " + str(code) + ": " + cmd[:100])
                elif http.isdigit() and int(http) >= 500:
                    failures.append(where + ": HTTP " + http + ": " + cmd[:100])
                outputs.append(out)
            if shown is not None and outputs:
                whys = [compare(shown, out) for out in outputs]
                if all(whys):
                    failures.append(where + ": no example's output has the shape shown (" + whys[-1] + ")")
    for f in failures:
        print(f)
    print("docs examples: %d run, %d failed" % (count, len(failures)))
    sys.exit(min(len(failures), 100))


if __name__ == "__main__":
    main()
