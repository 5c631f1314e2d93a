#!/usr/bin/env python3
"""The helper of scripts/bench: reads what it measured and prints the pieces of the Markdown report.

    bench-report.py hyperfine FILE.json            # "median|min|max|user|sys" of each command, ms, one line each
    bench-report.py summary URL                    # the emulator's trace summary: "requests waves"
    bench-report.py clear URL                      # empties the emulator's trace
    bench-report.py peer FILE                      # median of bench-peer.py's {"ms"} lines
    bench-report.py goal KIND L MEDIAN REQUESTS    # "met"/"not met" against issue 13's goal (warm, cold)
    bench-report.py rss CMD ARGS…                  # runs CMD once: an upper bound of its peak RSS in MiB

Standard library only.
"""

import json
import resource
import statistics
import subprocess
import sys
import urllib.request


def ms(seconds):
    return seconds * 1000.0


def hyperfine(path):
    for r in json.load(open(path))["results"]:
        times = r["times"]
        print(
            "%.1f|%.1f|%.1f|%.1f|%.1f"
            % (
                ms(statistics.median(times)),
                ms(min(times)),
                ms(max(times)),
                ms(r.get("user", 0.0)),
                ms(r.get("system", 0.0)),
            )
        )


def summary(url):
    with urllib.request.urlopen(url.rstrip("/") + "/_emulator/trace/summary", timeout=10) as r:
        s = json.load(r)
    print(s["requests"], s["waves"])


def clear(url):
    req = urllib.request.Request(url.rstrip("/") + "/_emulator/trace/clear", data=b"", method="POST")
    urllib.request.urlopen(req, timeout=10).read()


def peer(path):
    values = [json.loads(line)["ms"] for line in open(path) if line.startswith("{")]
    print("%.1f|%.1f|%.1f" % (statistics.median(values), min(values), max(values)))


def goal(kind, latency, median, requests):
    latency, median, requests = float(latency), float(median), int(requests)
    if kind == "warm":
        limit, max_requests = 1.3 * latency + 40, 4
    elif kind == "cold":
        limit, max_requests = 2.6 * latency + 40, None
    else:
        raise SystemExit(f"unknown goal {kind}")
    ok = median <= limit and (max_requests is None or requests <= max_requests)
    bound = f"≤ {limit:.0f} ms" + (f", ≤ {max_requests} requests" if max_requests else "")
    print(f"{'met' if ok else 'not met'} ({bound})")


def rss(*cmd):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    # ru_maxrss of the children, kilobytes on Linux: at least this process's own size, which the kernel records as
    # the child's peak when it execs (scripts/bench prefers GNU time).
    print("%.1f" % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0))


def main(argv):
    cmd, *args = argv
    {"hyperfine": hyperfine, "summary": summary, "clear": clear, "peer": peer, "goal": goal, "rss": rss}[cmd](*args)


if __name__ == "__main__":
    main(sys.argv[1:])
