#!/usr/bin/env python3
"""Recall of soat on defects injected into real documents, one defect class at a time.

Each real document (../shared/corpus/vn-real by default; nothing of them is stored in the
repository) is read with `soat extract`. For each defect class, up to --per-doc places where the
class applies are picked at random; at each, ONE defect is injected into a copy of the document,
and the copy and the clean document are linted with `soat check` as text. The defect is found
when a finding of the class's rule covers the injected paragraph and the clean document has no
finding of that rule in that paragraph. A class that needs a kind of place a document lacks is
not tried on it.

Classes (each a rule of the language or of Decree 30, never a phrase of one document):
  period        `quý I..IV` -> `quý V|VI`, `tháng M` -> `tháng 13`           invalid-period / invalid-date
  date          `ngày D/M/Y`, `ngày D tháng M năm Y` -> 31/4, 30/2, 31/6…   invalid-date
  heading       the label N+1 of a numbered heading sequence -> N again      heading-numbering
  blank         the number of `Số: 12/KH-UBND` removed                        blank-field
  repeat        a common word written twice (`các các`, `thực hiện thực hiện`) repeated-word
  paren         the closing parenthesis of a short (…) removed               unbalanced-delimiters
  comma-space   the space after a comma between two words removed            spacing
  abbrev        the definition `Tên đầy đủ (ABC)` of an abbreviation used elsewhere removed
                (counted anywhere in the document)                          abbreviation-undefined

Arithmetic classes change one figure of a relation the text states consistently (checked first,
within the printed precision), so that it no longer holds:
  fraction      `a/b <words>, đạt|chiếm|bằng X%` with X = a/b: X moved by 7 points  percent-mismatch
  breakdown     `T <noun> (A <noun>, B <noun>…)` or `T …, gồm|trong đó: A …; B …` with T = ΣA:
                T raised by a tenth                                         sum-mismatch
  count         `N <noun>: a, b, c` (or `;`) with N items: N + 1             count-mismatch

Frame classes are injected into the DOCX itself (the text of one w:t changed, the paragraph
kept), at the component `soat extract --format json` labels, and count when the rule's finding
appears anywhere that the clean document does not have it:
  signer        the signer's name emptied                                     missing-signature
  place-date    the day of the place-date line emptied (`ngày    tháng 6`)    blank-field
  number        the number of `Số: 1424/QĐ-UBND` emptied                     blank-field
  title         the national title emptied                                    missing-national-title

Usage: scripts/inject_recall.py [--bin build/lint/soat] [--corpus DIR] [--half all|train|held-out]
                                [--per-doc 2] [--seed 1] [--show-misses 10]
"""
import argparse
import json
import os
import random
import re
import subprocess
from collections import Counter
import sys
import tempfile
import zipfile
from collections import defaultdict
from xml.sax.saxutils import escape, unescape

from corpus_tools import ROOT, extract, half_of, lint_paragraphs

ROMAN = ["I", "II", "III", "IV"]


def lint(binary, paragraphs):
    """Findings per paragraph index: {index: set(rule)}."""
    found = defaultdict(set)
    for k, x in lint_paragraphs(binary, paragraphs):
        found[k].add(x["rule"])
    return found


# Each injector: (paragraphs, rng) -> list of (index, new_paragraph_list, rules) candidates.
def inject_period(ps, rng):
    out = []
    for i, p in enumerate(ps):
        for m in re.finditer(r"\b([Qq]uý) (I|II|III|IV)\b", p):
            bad = rng.choice(["V", "VI"])
            out.append((i, p[:m.start(2)] + bad + p[m.end(2):], {"invalid-period"}))
        for m in re.finditer(r"\b(tháng) (\d{1,2})( năm \d{4}|/\d{4})", p):
            if re.search(r"ngày\s*\d{0,2}\s*$", p[:m.start()]):
                continue  # a full date: the date class
            out.append((i, p[:m.start(2)] + "13" + p[m.end(2):], {"invalid-period", "invalid-date"}))
    return out


def inject_date(ps, rng):
    out = []
    bad = [("31", "4"), ("31", "6"), ("30", "2"), ("31", "9"), ("31", "11")]
    for i, p in enumerate(ps):
        for m in re.finditer(r"\bngày (\d{1,2})/(\d{1,2})/(\d{4})\b", p):
            d, mo = rng.choice(bad)
            out.append((i, p[:m.start(1)] + f"{d}/{mo.zfill(len(m.group(2)))}" + p[m.end(2):], {"invalid-date"}))
        for m in re.finditer(r"\bngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})\b", p):
            d, mo = rng.choice(bad)
            out.append((i, p[:m.start(1)] + f"{d} tháng {mo}" + p[m.end(2):], {"invalid-date"}))
    return out


def inject_heading(ps, rng):
    """Among top-level lines `N. Title` (N = 1..9) that follow each other as N, N+1, make N+1 read N."""
    out = []
    label = re.compile(r"^(\d{1,2})\. (\S.{2,})$")
    seen = {}
    for i, p in enumerate(ps):
        m = label.match(p.strip())
        if not m or len(p) > 160:
            continue
        n = int(m.group(1))
        if n >= 2 and (n - 1) in seen and seen[n - 1] < i:
            out.append((i, p.replace(f"{n}.", f"{n - 1}.", 1), {"heading-numbering"}))
        if n == 1:
            seen = {}
        seen[n] = i
    return out


def inject_blank(ps, rng):
    out = []
    for i, p in enumerate(ps[:40]):
        m = re.search(r"\bSố:\s*(\d+)\s*/", p)
        if m:
            out.append((i, p[:m.start(1)] + p[m.end(1):], {"blank-field"}))
    return out


REPEATABLE = ["các", "của", "và", "được", "trong", "thực hiện", "công tác", "tổ chức", "triển khai", "nhân dân"]


def inject_repeat(ps, rng):
    out = []
    for i, p in enumerate(ps):
        for w in REPEATABLE:
            for m in re.finditer(rf"(?<![\w]){w}(?![\w])", p):
                out.append((i, p[:m.end()] + " " + w + p[m.end():], {"repeated-word"}))
    return out


def inject_paren(ps, rng):
    out = []
    for i, p in enumerate(ps):
        if p.count("(") != p.count(")"):
            continue
        for m in re.finditer(r"\(([^()]{3,60})\)", p):
            out.append((i, p[:m.end() - 1] + p[m.end():], {"unbalanced-delimiters"}))
    return out


def inject_comma_space(ps, rng):
    out = []
    for i, p in enumerate(ps):
        for m in re.finditer(r"(?<=[a-zà-ỹđ]), (?=[a-zà-ỹđ])", p):
            out.append((i, p[:m.start() + 1] + p[m.end():], {"spacing"}))
    return out


NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def vn_value(text):
    """The value of a Vietnamese numeral ('12.480', '68,2'); None for anything else."""
    if not re.fullmatch(NUMBER, text):
        return None
    return float(text.replace(".", "").replace(",", "."))


def vn_format(value, decimals):
    whole, _, frac = f"{value:.{decimals}f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + ("," + frac if decimals else "")


def decimals_of(text):
    return len(text.split(",")[1]) if "," in text else 0


def inject_fraction(ps, rng):
    out = []
    pattern = re.compile(rf"(?<![\d/])({NUMBER})/({NUMBER})(?![\d/])([^;%()\d]{{1,90}}?)(?:\(|,)?\s*(?:đạt|chiếm|bằng)?\s*(?:tỷ lệ\s*|tỉ lệ\s*)?({NUMBER})\s?%")
    for i, p in enumerate(ps):
        for m in pattern.finditer(p):
            a, b, x = vn_value(m.group(1)), vn_value(m.group(2)), vn_value(m.group(4))
            if not a or not b or x is None or a > b or b < 2:
                continue
            d = decimals_of(m.group(4))
            if abs(a / b * 100 - x) > 0.5 * 10 ** -d + 1e-9:
                continue  # not consistent as printed: not this relation, or already wrong
            moved = x - 7 if x >= 50 else x + 7
            out.append((i, p[:m.start(4)] + vn_format(moved, d) + p[m.end(4):], {"percent-mismatch"}))
    return out


def inject_breakdown(ps, rng):
    out = []
    unit = r"(tỷ đồng|triệu đồng|hồ sơ|người|hộ|ha|tấn|xã|dự án|doanh nghiệp|lượt|vụ|trường hợp|đơn vị|cơ sở)"
    paren = re.compile(rf"({NUMBER}) {unit}\s*\(([^()]{{5,200}})\)")
    listed = re.compile(rf"({NUMBER}) {unit}[^;:.()]{{0,60}}?,?\s*(?:gồm|bao gồm|trong đó)\s*:\s*([^.]{{5,300}})")
    for i, p in enumerate(ps):
        for m in list(paren.finditer(p)) + list(listed.finditer(p)):
            total, noun, inner = vn_value(m.group(1)), m.group(2), m.group(3)
            parts = re.findall(rf"({NUMBER}) {re.escape(noun)}", inner)
            if total is None or len(parts) < 2 or re.search(r"\d\s?%|so với|tăng|giảm", inner):
                continue
            values = [vn_value(x) for x in parts]
            if None in values or abs(sum(values) - total) > 1e-6 * max(1.0, total):
                continue
            d = decimals_of(m.group(1))
            raised = total * 1.1 if total >= 20 else total + 2
            out.append((i, p[:m.start(1)] + vn_format(round(raised, d), d) + p[m.end(1):], {"sum-mismatch"}))
    return out


def inject_count(ps, rng):
    out = []
    pattern = re.compile(r"(?<![\d.,/])(\d{1,2}) ([a-zà-ỹđ]+(?: [a-zà-ỹđ]+)?)\s*(?:,\s*gồm|gồm)?\s*:\s*([^.:]{5,400})")
    for i, p in enumerate(ps):
        for m in pattern.finditer(p):
            n, items = int(m.group(1)), m.group(3)
            sep = ";" if ";" in items else ","
            pieces = [x for x in items.split(sep) if x.strip()]
            if sep == "," and " và " in pieces[-1]:
                pieces = pieces[:-1] + pieces[-1].split(" và ")
            if n < 2 or len(pieces) != n or any(len(x.split()) > (12 if sep == ";" else 5) for x in pieces):
                continue
            out.append((i, p[:m.start(1)] + str(n + 1) + p[m.end(1):], {"count-mismatch"}))
    return out


def components(binary, path):
    out = subprocess.run([binary, "extract", "--format", "json", path], capture_output=True, text=True, errors="replace")
    if out.returncode != 0:
        return []
    data = json.loads(out.stdout)
    return [(line["component"], line["text"]) for line in data.get("paragraphs", [])]


# Frame injectors: (components) -> list of (old text, new text, rules); old must stand in one w:t.
def frame_signer(cs):
    return [(t.strip(), "", {"missing-signature"}) for c, t in cs if c == "signer-name" and t.strip()]


def frame_place_date(cs):
    out = []
    for c, t in cs:
        m = re.search(r"ngày (\d{1,2}) tháng", t) if c == "place-date" else None
        if m:
            out.append((m.group(0), "ngày      tháng", {"blank-field"}))
    return out


def frame_number(cs):
    out = []
    for c, t in cs:
        m = re.search(r"Số:\s*(\d+)\s*/", t) if c == "number" else None
        if m:
            out.append((m.group(0), m.group(0).replace(m.group(1), ""), {"blank-field"}))
    return out


def frame_title(cs):
    return [(t.strip(), "", {"missing-national-title"}) for c, t in cs if c == "national-title" and t.strip()]


FRAME_CLASSES = {"signer": frame_signer, "place-date": frame_place_date, "number": frame_number, "title": frame_title}


def docx_with(path, old, new, out_path):
    """Writes the DOCX with `old` replaced by `new` inside one w:t of word/document.xml; False when
    no single w:t holds `old`."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        done = [False]

        def swap(m):
            text = unescape(m.group(2))
            if done[0] or old not in text:
                return m.group(0)
            done[0] = True
            return m.group(1) + escape(text.replace(old, new, 1)) + m.group(3)

        xml = re.sub(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)", swap, xml)
        if not done[0]:
            return False
        with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as out:
            for item in z.infolist():
                out.writestr(item, xml if item.filename == "word/document.xml" else z.read(item.filename))
    return True


def rules_anywhere(binary, path):
    run = subprocess.run([binary, "check", "--format", "json", "--fail-on", "never", path], capture_output=True, text=True)
    data = json.loads(run.stdout)
    return {x["rule"] for f in data["files"] for x in f["findings"]}


def inject_abbrev(ps, rng):
    """Removes the ` (ABC)` that defines an abbreviation used again in a later paragraph; the
    finding may stand at any other paragraph that uses it (the fourth item lists them). An
    abbreviation defined in two places stays defined when one is removed: it is not tried."""
    out = []
    defined = Counter(m.group(1) for p in ps for m in re.finditer(r"\(([A-ZĐ][A-ZĐ0-9]{1,7})\)", p))
    for i, p in enumerate(ps):
        for m in re.finditer(r" \(([A-ZĐ][A-ZĐ0-9]{1,7})\)", p):
            abbr = m.group(1)
            uses = [j for j in range(len(ps)) if j != i and re.search(rf"(?<![\w]){abbr}(?![\w])", ps[j])]
            if uses and p.count(abbr) == 1 and defined[abbr] == 1:
                out.append((i, p[:m.start()] + p[m.end():], {"abbreviation-undefined"}, uses))
    return out


CLASSES = {
    "abbrev": inject_abbrev,
    "period": inject_period,
    "date": inject_date,
    "heading": inject_heading,
    "blank": inject_blank,
    "repeat": inject_repeat,
    "paren": inject_paren,
    "comma-space": inject_comma_space,
    "fraction": inject_fraction,
    "breakdown": inject_breakdown,
    "count": inject_count,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "lint", "soat"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "vn-real"))
    ap.add_argument("--half", default="all", choices=["all", "train", "held-out"])
    ap.add_argument("--per-doc", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="", help="comma-separated classes")
    ap.add_argument("--show-misses", type=int, default=10)
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"inject_recall: {args.corpus} not found", file=sys.stderr)
        return 77
    rng = random.Random(args.seed)
    classes = [c for c in list(CLASSES) + list(FRAME_CLASSES) if not args.only or c in args.only.split(",")]
    tried, found, misses = defaultdict(int), defaultdict(int), defaultdict(list)
    files = sorted(f for f in os.listdir(args.corpus) if f.endswith(".docx"))
    for name in files:
        if args.half != "all" and half_of(name) != args.half:
            continue
        ps = [p for p in extract(args.bin, os.path.join(args.corpus, name)) if p.strip()]
        if not ps:
            continue
        clean = None
        frame = [c for c in classes if c in FRAME_CLASSES]
        if frame:
            path = os.path.join(args.corpus, name)
            cs = components(args.bin, path)
            clean_rules = None
            for cls in frame:
                candidates = FRAME_CLASSES[cls](cs)
                rng.shuffle(candidates)
                for old, new, rules in candidates[:args.per_doc]:
                    if clean_rules is None:
                        clean_rules = rules_anywhere(args.bin, path)
                    if clean_rules & rules:
                        continue
                    with tempfile.TemporaryDirectory() as tmp:
                        copy = os.path.join(tmp, name)
                        if not docx_with(path, old, new, copy):
                            continue
                        tried[cls] += 1
                        if rules_anywhere(args.bin, copy) & rules:
                            found[cls] += 1
                        else:
                            misses[cls].append(f"{name}: {old[:80]!r} -> {new!r}")
        for cls in classes:
            if cls in FRAME_CLASSES:
                continue
            candidates = CLASSES[cls](ps, rng)
            rng.shuffle(candidates)
            for candidate in candidates[:args.per_doc]:
                i, new_p, rules = candidate[:3]
                where = candidate[3] if len(candidate) > 3 else [i]
                if clean is None:
                    clean = lint(args.bin, ps)
                if all(clean.get(j, set()) & rules for j in where):
                    continue  # the clean document already carries the rule there: not measurable
                copy = list(ps)
                copy[i] = new_p
                result = lint(args.bin, copy)
                got = set().union(*(result.get(j, set()) - clean.get(j, set()) for j in where))
                tried[cls] += 1
                if got & rules:
                    found[cls] += 1
                else:
                    at = next((k for k, (x, y) in enumerate(zip(ps[i], new_p)) if x != y), 0)
                    shown = new_p[max(0, at - 110):at + 50] if len(candidate) < 4 else ps[i][:160]
                    misses[cls].append(f"{name}: {shown}")
    total_t = sum(tried.values())
    total_f = sum(found.values())
    print(f"{'class':<12} {'found':>6} / {'tried':<6} recall")
    for cls in classes:
        if tried[cls]:
            print(f"{cls:<12} {found[cls]:>6} / {tried[cls]:<6} {100.0 * found[cls] / tried[cls]:5.1f}%")
    if total_t:
        print(f"{'all':<12} {total_f:>6} / {total_t:<6} {100.0 * total_f / total_t:5.1f}%")
    for cls in classes:
        for line in misses[cls][:args.show_misses]:
            print(f"miss [{cls}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
