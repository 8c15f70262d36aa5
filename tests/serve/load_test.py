"""serve.load: 240 requests from 8 parallel clients on 127.0.0.1, none lost: every one is a 200
with the same findings. (Latency is measured by bench/serve_load.py, not asserted here.)
usage: load_test.py SOAT SOURCE_DIR"""
import os
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Server, expect, upload  # noqa: E402

SOAT, SOURCE = sys.argv[1], sys.argv[2]
CLIENTS, PER_CLIENT = 8, 30


def main():
    sample = open(os.path.join(SOURCE, "fixtures", "sample", "bao-cao-mau.docx"), "rb").read()
    with tempfile.TemporaryDirectory(prefix="soat-serve-load-") as work, Server(SOAT, cwd=work) as server:
        expected = upload(server.base, "check", "bao-cao-mau.docx", sample).json()
        results, lock = [], threading.Lock()

        def client():
            for _ in range(PER_CLIENT):
                try:
                    r = upload(server.base, "check", "bao-cao-mau.docx", sample, timeout=60)
                    outcome = (r.status, r.json() == expected if r.status == 200 else r.body[:200])
                except OSError as e:
                    outcome = ("lost", str(e))
                with lock:
                    results.append(outcome)

        threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=600)
        expect(len(results) == CLIENTS * PER_CLIENT, "%d of %d requests answered" % (len(results), CLIENTS * PER_CLIENT))
        bad = [r for r in results if r != (200, True)]
        expect(not bad, "%d requests not a 200 with the expected findings: %s" % (len(bad), bad[:5]))
    print("serve.load: %d requests from %d clients, all 200 with the same findings" % (len(results), CLIENTS))


main()
