"""Shared by the `soat serve` tests and bench/serve_load.py: start a server on a free loopback
port, talk to it with urllib, stop it. Traffic only ever goes to 127.0.0.1."""
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid


class Server:
    """`soat serve --port 0` in `cwd`; the port is read from its first stderr line."""

    def __init__(self, soat, *args, cwd=None, env=None):
        self.log = []
        self.proc = subprocess.Popen([soat, "serve", "--host", "127.0.0.1", "--port", "0", *args],
                                     cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
        first = self.proc.stderr.readline()
        while first.startswith("soat serve: warning"):
            self.log.append(first)
            first = self.proc.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
        if not match:
            self.proc.kill()
            raise RuntimeError("soat serve did not start: " + first + self.proc.stderr.read())
        self.base = "http://127.0.0.1:%s" % match.group(1)
        # Drain stderr so the server never blocks on a full pipe; keep the lines for the tests.
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self):
        for line in self.proc.stderr:
            self.log.append(line)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise RuntimeError("soat serve ignored SIGTERM")
        self._reader.join(timeout=5)
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def multipart(fields):
    """multipart/form-data body for [(name, filename, bytes)]; returns (content type, body)."""
    boundary = "soat-" + uuid.uuid4().hex
    parts = []
    for name, filename, data in fields:
        head = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            head += '; filename="%s"' % filename
        parts.append(b"--" + boundary.encode() + b"\r\n" + head.encode("utf-8") +
                     b"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + b"\r\n")
    body = b"".join(parts) + b"--" + boundary.encode() + b"--\r\n"
    return "multipart/form-data; boundary=" + boundary, body


class Reply:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body.decode("utf-8"))


def request(url, data=None, headers=None, method=None, timeout=120):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return Reply(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Reply(e.code, e.headers, e.read())


def upload(base, endpoint, filename, data, query="", headers=None, timeout=120):
    """POST one file in the multipart field `file`."""
    content_type, body = multipart([("file", filename, data)])
    h = {"Content-Type": content_type}
    h.update(headers or {})
    return request("%s/api/v1/%s%s" % (base, endpoint, query), data=body, headers=h, timeout=timeout)


def soat_json(soat, args, cwd):
    """`soat check --format json …` as parsed JSON (exit code 0 or 1)."""
    out = subprocess.run([soat, "check", *args], cwd=cwd, capture_output=True, check=False)
    if out.returncode not in (0, 1):
        raise RuntimeError("soat check failed: " + out.stderr.decode("utf-8", "replace"))
    return json.loads(out.stdout.decode("utf-8"))


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def wait_healthy(base, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if request(base + "/healthz", timeout=5).status == 200:
                return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


def tree(path):
    """Every file and directory under `path`, relative, sorted."""
    out = []
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            out.append(os.path.relpath(os.path.join(root, name), path))
    return sorted(out)
