"""serve.hostile: uploads meant to hurt get a 4xx, the server keeps answering, and nothing is
written under its working directory or its TMPDIR.
usage: hostile_test.py SOAT SOURCE_DIR"""
import http.client
import io
import os
import shutil
import sys
import tempfile
import threading
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Server, expect, request, tree, upload, wait_healthy  # noqa: E402

SOAT, SOURCE = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(SOURCE, "fixtures", "sample", "bao-cao-mau.docx")
SECRET = "MẬT-ĐỪNG-GHI-7319"  # in uploaded documents; must never reach the log

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                 b'"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                 b'document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def docx(document_xml):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document_xml)
    return out.getvalue()


def zip_bomb():
    body = b'<w:p><w:r><w:t>' + SECRET.encode() + b'</w:t></w:r></w:p>'
    xml = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b'<w:body>' + body + b' ' * (100 << 20) + b'</w:body></w:document>')
    return docx(xml)


XXE = docx(('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
            '<w:t>&x; %s</w:t></w:r></w:p></w:body></w:document>' % SECRET).encode("utf-8"))
OLE2 = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 4088
GARBAGE = os.urandom(64 << 10)


def raw(base, method, path, headers, body_chunks):
    """A request written by hand (chunked bodies, lying headers)."""
    host, port = base.replace("http://", "").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    conn.putrequest(method, path)
    for k, v in headers.items():
        conn.putheader(k, v)
    conn.endheaders()
    for chunk in body_chunks:
        conn.send(chunk)
    r = conn.getresponse()
    status, body = r.status, r.read()
    conn.close()
    return status, body


def main():
    work = tempfile.mkdtemp(prefix="soat-serve-hostile-")
    tmp = tempfile.mkdtemp(prefix="soat-serve-tmpdir-")
    try:
        with open(os.path.join(work, "keep.txt"), "w") as f:
            f.write("the server's working directory\n")
        before = tree(work)
        env = dict(os.environ, TMPDIR=tmp)
        sample = open(SAMPLE, "rb").read()
        with Server(SOAT, "--max-upload-mb", "2", "--jobs", "2", cwd=work, env=env) as server:
            base = server.base
            cases = [
                ("oversized", "lon.docx", sample + os.urandom(3 << 20), {413}, "E122"),
                ("zip bomb", "bom.docx", zip_bomb(), {422}, "E106"),
                ("XXE", "xxe.docx", XXE, {422}, "E111"),
                ("garbage", "rac.docx", GARBAGE, {422}, None),
                ("legacy .doc", "cu.doc", OLE2, {415, 422}, None),
                ("OLE2 named .docx", "cu.docx", OLE2, {415, 422}, None),
                ("path in the name", "../../etc/passwd", b"root:x:0:0:" + SECRET.encode(), {415}, "E116"),
                ("unsupported type", "bang.xlsx.exe", b"MZ" + SECRET.encode(), {415}, "E116"),
                ("bad UTF-8 text", "hong.txt", b"\xff\xfe\xfa" + SECRET.encode(), {422}, "E113"),
            ]
            for name, filename, data, statuses, code in cases:
                for endpoint in ("check", "annotate", "fix"):
                    r = upload(base, endpoint, filename, data)
                    expect(r.status in statuses, "%s via %s: HTTP %d (expected %s) %s" %
                           (name, endpoint, r.status, statuses, r.body[:200]))
                    err = r.json()["error"]
                    expect(code is None or err["code"] == code, "%s: code %s, expected %s" % (name, err["code"], code))
                    expect(b"root:x:0:0" not in r.body, "%s: no file content echoed" % name)
                    expect(wait_healthy(base), "%s: /healthz answers afterwards" % name)

            # The name is a label only: a path in it is cut to its base name.
            r = upload(base, "check", "../../../tmp/../ghi-chu.md", ("Báo cáo " + SECRET + ".\n").encode("utf-8"))
            expect(r.status == 200 and r.json()["files"][0]["path"] == "ghi-chu.md", "a path in the name: base name")
            r = upload(base, "check", "..\\..\\windows\\x.txt", b"ok\n")
            expect(r.status == 200 and r.json()["files"][0]["path"] == "x.txt", "a Windows path in the name")

            # Requests that are not what they say.
            ct = "multipart/form-data; boundary=xyz"
            status, body = raw(base, "POST", "/api/v1/check", {"Content-Type": ct, "Transfer-Encoding": "chunked"},
                               [b"5\r\nhello\r\n", b"0\r\n\r\n"])
            expect(status == 411, "chunked upload: 411, got %d" % status)
            status, body = raw(base, "POST", "/api/v1/check",
                               {"Content-Type": ct, "Content-Length": str(2000 << 20)}, [b"--xyz\r\n"])
            expect(status == 413, "Content-Length past the limit: 413 before the body, got %d" % status)
            status, body = raw(base, "POST", "/api/v1/check",
                               {"Content-Type": ct, "Content-Length": "10", "Content-Encoding": "gzip"}, [b"0123456789"])
            expect(status == 415, "compressed body: 415, got %d" % status)
            garbled = b"--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end"
            status, body = raw(base, "POST", "/api/v1/check", {"Content-Type": ct, "Content-Length": str(len(garbled))},
                               [garbled])
            expect(400 <= status < 500, "malformed multipart: 4xx, got %d" % status)
            two = upload(base, "check", "a.txt", b"x\n")  # sanity: one file is fine
            expect(two.status == 200, "a plain upload still works")
            expect(wait_healthy(base), "/healthz after malformed requests")
            expect(not any(SECRET in line for line in server.log), "no document content in the log")

        # Saturation: one worker, one admitted document; the rest get 503 and the server survives.
        big = open(SAMPLE, "rb").read()
        with Server(SOAT, "--jobs", "1", "--max-requests", "1", cwd=work, env=env) as server:
            statuses = []
            barrier = threading.Barrier(8)

            def client():
                barrier.wait()
                for _ in range(3):
                    statuses.append(upload(server.base, "annotate", "bao-cao-mau.docx", big).status)

            threads = [threading.Thread(target=client) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            expect(set(statuses) <= {200, 503} and 200 in statuses, "saturated: 200 or 503 only, got %s" % statuses)
            expect(503 in statuses, "saturated: some requests are refused with 503, got %s" % statuses)
            expect(wait_healthy(server.base), "/healthz after saturation")

        expect(tree(work) == before, "nothing written under the working directory: %s" % tree(work))
        expect(tree(tmp) == [], "nothing written under TMPDIR: %s" % tree(tmp))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)
    print("serve.hostile: ok")


main()
