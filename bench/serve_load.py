#!/usr/bin/env python3
"""Latency of `soat serve` under load: N parallel clients POST a ~30-page draft to
/api/v1/check on 127.0.0.1; prints p50/p95/max. The draft is the first ~30 pages (about 84 kB of
text, 2.8 kB a page) of seed 001's paragraphs from ../shared/corpus/seeds/word-like, as Markdown.

usage: bench/serve_load.py [--soat build/lint/soat] [--clients 8] [--requests 240] [--jobs N] [--docx FILE]"""
import argparse
import glob
import os
import statistics
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "serve"))
from serve_support import Server, upload  # noqa: E402


def draft(pages):
    seeds = glob.glob(os.path.join(HERE, "..", "..", "shared", "corpus", "seeds", "word-like", "001_*.paragraphs.txt"))
    if not seeds:
        sys.exit("bench/serve_load.py: ../shared/corpus/seeds/word-like/001_*.paragraphs.txt is absent")
    out, size = [], 0
    for line in open(seeds[0], encoding="utf-8"):
        if size >= pages * 2800:
            break
        out.append(line.rstrip("\n"))
        size += len(line.encode("utf-8"))
    return ("\n\n".join(out) + "\n").encode("utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--soat", default=os.path.join(HERE, "..", "build", "lint", "soat"))
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=240)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--docx", help="send this DOCX instead of the Markdown draft")
    a = ap.parse_args()
    if a.docx:
        name, data = os.path.basename(a.docx), open(a.docx, "rb").read()
    else:
        name, data = "du-thao-%d-trang.md" % a.pages, draft(a.pages)
    args = ["--jobs", str(a.jobs)] if a.jobs else []
    with tempfile.TemporaryDirectory() as work, Server(a.soat, *args, cwd=work) as server:
        upload(server.base, "check", name, data)  # warm up
        latencies, statuses, lock = [], [], threading.Lock()
        per_client = a.requests // a.clients

        def client():
            for _ in range(per_client):
                start = time.perf_counter()
                r = upload(server.base, "check", name, data, timeout=120)
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    latencies.append(elapsed)
                    statuses.append(r.status)

        start = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(a.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
    latencies.sort()
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    print("%s: %d bytes, %d requests, %d clients, %d cores, statuses %s" %
          (name, len(data), len(latencies), a.clients, os.cpu_count(),
           {s: statuses.count(s) for s in sorted(set(statuses))}))
    print("p50 %.0f ms  p95 %.0f ms  max %.0f ms  throughput %.1f documents/s" %
          (statistics.median(latencies), p95, latencies[-1], len(latencies) / wall))


main()
