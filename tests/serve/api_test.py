"""serve.api: every route of docs/serve.md against the CLI on the same files.
usage: api_test.py SOAT SOURCE_DIR"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Server, expect, request, soat_json, upload  # noqa: E402

SOAT, SOURCE = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(SOURCE, "fixtures", "sample", "bao-cao-mau.docx")
MARKDOWN = ("# BÁO CÁO\n\n## 1. Kết quả\n\nDoanh thu quý VI năm 2023 tăng 5%, các các chỉ tiêu đạt.\n\n"
            "Tổng thu 100 tỷ đồng, gồm 60 tỷ đồng và 30 tỷ đồng.\n")


def comments_by_soat(docx):
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        names = [n for n in z.namelist() if re.fullmatch(r"word/comments[^/]*\.xml", n)]
        xml = "".join(z.read(n).decode("utf-8") for n in names)
    return len(re.findall(r'<w:comment\b[^>]*w:author="soat"', xml))


def main():
    work = tempfile.mkdtemp(prefix="soat-serve-api-")
    try:
        # The CLI reads copies in a directory with no .soat.yml above it, as the server (no --config) does.
        shutil.copy(SAMPLE, os.path.join(work, "bao-cao-mau.docx"))
        with open(os.path.join(work, "ghi-chu.md"), "w", encoding="utf-8") as f:
            f.write(MARKDOWN)
        sample = open(SAMPLE, "rb").read()

        with Server(SOAT, cwd=work) as server:
            base = server.base
            r = request(base + "/healthz")
            expect(r.status == 200 and r.json() == {"status": "ok"}, "GET /healthz")

            page = request(base + "/")
            expect(page.status == 200 and page.headers["Content-Type"].startswith("text/html"), "GET /")
            html = page.body.decode("utf-8")
            expect('lang="vi"' in html and "Rà soát" in html, "the page is in Vietnamese")
            expect(not re.search(r'(src|href)\s*=\s*"(https?:)?//', html), "the page loads nothing from elsewhere")
            expect("default-src 'none'" in page.headers.get("Content-Security-Policy", ""), "the page has a CSP")

            # Rules: the same ids as `soat rules`, and each rule's documentation.
            rules = request(base + "/api/v1/rules").json()
            listed = subprocess.run([SOAT, "rules"], capture_output=True, text=True, check=True).stdout.splitlines()[1:]
            expect(sorted(r["id"] for r in rules) == sorted(line.split()[0] for line in listed),
                   "GET /api/v1/rules lists the rules of `soat rules`")
            expect(all({"id", "pack", "severity", "fixable", "summary"} <= set(r) for r in rules), "rule fields")
            one = request(base + "/api/v1/rules/invalid-period?lang=en").json()
            expect(one["id"] == "invalid-period" and "invalid-period" in one["documentation"], "GET /api/v1/rules/<id>")
            missing = request(base + "/api/v1/rules/no-such-rule")
            expect(missing.status == 404 and missing.json()["error"]["code"] == "E125", "unknown rule: 404 E125")

            # Check: exactly `soat check --format json|sarif` of the same file.
            for profile in ("draft", "final"):
                api = upload(base, "check", "bao-cao-mau.docx", sample, "?profile=" + profile)
                expect(api.status == 200, "check %s: %s %s" % (profile, api.status, api.body[:300]))
                cli = soat_json(SOAT, ["--format", "json", "--profile", profile, "bao-cao-mau.docx"], work)
                expect(api.json() == cli, "check --profile %s: the API's JSON equals the CLI's" % profile)
                expect(api.json()["files"][0]["findings"], "the sample has findings")
            api = upload(base, "check", "bao-cao-mau.docx", sample, "?format=sarif")
            cli = subprocess.run([SOAT, "check", "--format", "sarif", "bao-cao-mau.docx"], cwd=work, capture_output=True)
            expect(api.status == 200 and api.json() == json.loads(cli.stdout), "check format=sarif equals the CLI's")
            api = upload(base, "check", "ghi-chu.md", MARKDOWN.encode("utf-8"))
            cli = soat_json(SOAT, ["--format", "json", "ghi-chu.md"], work)
            expect(api.status == 200 and api.json() == cli, "check of a .md equals the CLI's")
            expect(cli["files"][0]["findings"], "the markdown sample has findings")

            # The page's variant adds excerpt_span and nothing else.
            spans = upload(base, "check", "bao-cao-mau.docx", sample, "?spans=1").json()
            plain = upload(base, "check", "bao-cao-mau.docx", sample).json()
            for with_span, without in zip(spans["files"][0]["findings"], plain["files"][0]["findings"]):
                span = with_span.pop("excerpt_span")
                expect(with_span == without, "spans=1 changes nothing else")
                if without["excerpt"] is not None:
                    expect(0 <= span["begin"] <= span["end"] <= len(without["excerpt"]), "span inside the excerpt")

            # Annotate: a DOCX with one soat comment per finding.
            findings = plain["files"][0]["findings"]
            api = upload(base, "annotate", "bao-cao-mau.docx", sample)
            expect(api.status == 200 and api.body[:2] == b"PK", "annotate returns a DOCX")
            expect("bao-cao-mau.soat.docx" in api.headers.get("Content-Disposition", ""), "annotate names its copy")
            expect(comments_by_soat(api.body) == len(findings),
                   "one comment per finding (%d comments, %d findings)" % (comments_by_soat(api.body), len(findings)))
            bad = upload(base, "annotate", "ghi-chu.md", MARKDOWN.encode("utf-8"))
            expect(bad.status == 415 and bad.json()["error"]["code"] == "E116", "annotate of a .md: 415")

            # Fix: the same document part as `soat fix` writes.
            api = upload(base, "fix", "bao-cao-mau.docx", sample)
            expect(api.status == 200 and api.body[:2] == b"PK", "fix returns a DOCX")
            subprocess.run([SOAT, "fix", "bao-cao-mau.docx", "-o", "fixed.docx"], cwd=work, capture_output=True, check=True)
            with zipfile.ZipFile(io.BytesIO(api.body)) as z, zipfile.ZipFile(os.path.join(work, "fixed.docx")) as c:
                expect(z.read("word/document.xml") == c.read("word/document.xml"), "fix equals `soat fix`")
            api = upload(base, "fix", "ghi-chu.md", MARKDOWN.encode("utf-8"))
            subprocess.run([SOAT, "fix", "ghi-chu.md", "-o", "ghi-chu.sua.md"], cwd=work, capture_output=True, check=True)
            expect(api.status == 200 and api.body == open(os.path.join(work, "ghi-chu.sua.md"), "rb").read(),
                   "fix of a .md equals `soat fix`")

            # Malformed requests.
            r = upload(base, "check", "bao-cao-mau.docx", sample, "?profile=maybe")
            expect(r.status == 400 and r.json()["error"]["code"] == "E120", "bad profile: 400 E120")
            r = request(base + "/api/v1/check", data=b"{}", headers={"Content-Type": "application/json"})
            expect(r.status == 400 and r.json()["error"]["code"] == "E120", "not multipart: 400")
            r = request(base + "/api/v1/nothing")
            expect(r.status == 404 and r.json()["error"]["code"] == "E125", "unknown route: 404 JSON")
            expect(not any("soat-serve-api" in line or "Doanh thu" in line for line in server.log),
                   "the log holds no document content")
            expect(any(re.match(r"POST /api/v1/check 200 \d+ \d+ms", line) for line in server.log),
                   "one log line per request: method, path, status, bytes, ms")

        # Token: /api/ needs it, the page and /healthz do not.
        env = dict(os.environ, SOAT_SERVE_TOKEN="s3cret-token")
        with Server(SOAT, cwd=work, env=env) as server:
            base = server.base
            r = request(base + "/api/v1/rules")
            expect(r.status == 401 and r.json()["error"]["code"] == "E121", "no token: 401 E121")
            expect(r.headers.get("WWW-Authenticate") == "Bearer", "401 names the scheme")
            r = upload(base, "check", "bao-cao-mau.docx", sample, headers={"Authorization": "Bearer wrong"})
            expect(r.status == 401, "wrong token: 401")
            r = upload(base, "check", "bao-cao-mau.docx", sample, headers={"Authorization": "Bearer s3cret-token"})
            expect(r.status == 200, "right token: 200")
            expect(request(base + "/healthz").status == 200 and request(base + "/").status == 200,
                   "the page and /healthz need no token")
        with Server(SOAT, "--token", "other", cwd=work) as server:
            r = request(server.base + "/api/v1/rules", headers={"Authorization": "Bearer other"})
            expect(r.status == 200, "--token on the command line")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("serve.api: ok")


main()
