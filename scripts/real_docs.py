#!/usr/bin/env python3
"""The real-document check: what soat says about real Vietnamese documents, and the review ledger.

  real_docs.py [--out FILE] [--compare OLD]    list every warning and error, counts per rule, and
                                               with --compare the findings that appeared and disappeared
  real_docs.py --ledger tests/real             judge the findings against the review ledger (ctest)
  real_docs.py --ledger tests/real --update-status
                                               record which reviewed findings soat still reports

A finding is keyed by file, rule, line, the exact text it flags and its occurrence among findings of
that rule on that text in that line, so the key survives message rewording and changes elsewhere.
"""
import argparse
import glob
import collections
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "vn-real")
DEFAULT_BIN = os.path.join(ROOT, "build", "lint", "soat")
COLUMNS = ["file", "rule", "severity", "line", "column", "span", "n", "excerpt", "message"]
VERDICTS = ("defect", "false-alarm", "debatable")


def clean(text):
    return " ".join((text or "").replace("\t", " ").split())


def extract_lines(binary, path):
    out = subprocess.run([binary, "extract", path], capture_output=True, text=True, errors="replace")
    return out.stdout.split("\n")


def span_text(lines, loc):
    """The text a finding flags, from `soat extract` (columns count code points, end exclusive)."""
    line = loc.get("line")
    if not line or line > len(lines):
        return "@document"
    end_line = loc.get("end_line") or line
    col, end_col = loc.get("column") or 1, loc.get("end_column") or 1
    if end_line == line:
        text = lines[line - 1][col - 1:end_col - 1]
    else:
        text = " ".join([lines[line - 1][col - 1:]] + lines[line:end_line - 1] + [lines[end_line - 1][:end_col - 1]])
    if text.strip():
        return clean(text)
    if not text:
        return "@" + clean(lines[line - 1])[:40]
    # Spaces alone: the words on either side, the spaces shown as dots.
    row = lines[line - 1]
    before = row[:col - 1].rstrip().split(" ")[-1] if row[:col - 1].strip() else ""
    after = row[end_col - 1:].lstrip().split(" ")[0] if end_line == line else ""
    return f"{before}{'·' * len(text)}{after}"


def collect(binary, corpus, severities=("warning", "error")):
    """Every finding at the given severities, as dicts with the COLUMNS keys, sorted."""
    run = subprocess.run([binary, "check", "--format", "json", "--fail-on", "never", "--jobs", "2", corpus],
                         capture_output=True, text=True)
    report = json.loads(run.stdout)
    rows = []
    for f in report["files"]:
        name = os.path.relpath(f["path"], corpus)
        findings = [x for x in f.get("findings") or [] if x["severity"] in severities]
        if not findings:
            continue
        lines = extract_lines(binary, f["path"])
        seen = collections.Counter()
        for x in findings:
            loc = x.get("location") or {}
            span = span_text(lines, loc)
            seen[(x["rule"], loc.get("line") or 0, span)] += 1
            rows.append({"file": name, "rule": x["rule"], "severity": x["severity"], "line": loc.get("line") or 0,
                         "column": loc.get("column") or 0, "span": span, "n": seen[(x["rule"], loc.get("line") or 0, span)],
                         "excerpt": clean(x.get("excerpt"))[:300], "message": clean(x["message"])})
    rows.sort(key=lambda r: (r["file"], r["line"], r["column"], r["rule"], r["n"]))
    return rows


def key(row):
    return (row["file"], row["rule"], int(row["line"]), row["span"], int(row["n"]))


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def write_tsv(rows, fh, columns=COLUMNS):
    fh.write("\t".join(columns) + "\n")
    for r in rows:
        fh.write("\t".join(str(r[c]) for c in columns) + "\n")


def print_counts(rows):
    counts = collections.Counter((r["rule"], r["severity"]) for r in rows)
    files = len({r["file"] for r in rows})
    print(f"{len(rows)} findings in {files} files")
    for (rule, sev), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:5d}  {sev:8s} {rule}")


def compare(rows, old_path):
    old = {key(r): r for r in read_tsv(old_path)}
    new = {key(r): r for r in rows}
    gone = [old[k] for k in sorted(old.keys() - new.keys())]
    came = [new[k] for k in sorted(new.keys() - old.keys())]
    for label, group in (("disappeared", gone), ("appeared", came)):
        print(f"\n{len(group)} {label}")
        for r in group:
            print(f"  {r['file']}:{r['line']} {r['severity']}[{r['rule']}] «{r['span']}» {r['message'][:120]}")


LEDGER_COLUMNS = ["file", "rule", "severity", "line", "span", "n", "verdict", "status", "reason"]


def update_status(rows, ledger_dir):
    """Marks each ledger row `reported` or `gone` by what soat says now."""
    path = os.path.join(ledger_dir, "reviewed.tsv")
    current = {key(r) for r in rows}
    entries = read_tsv(path)
    for e in entries:
        e["status"] = "reported" if key(e) in current else "gone"
    with open(path, "w", encoding="utf-8") as fh:
        write_tsv(entries, fh, LEDGER_COLUMNS)
    print(f"{sum(e['status'] == 'gone' for e in entries)} of {len(entries)} reviewed findings are gone")


def check_ledger(rows, ledger_dir):
    """Fails on an unreviewed or non-defect error, a false alarm back after it was gone, or a lost defect."""
    ledger = {}
    for path in sorted(glob.glob(os.path.join(ledger_dir, "reviewed*.tsv"))):
        ledger.update({key(r): r for r in read_tsv(path)})
    misses = read_tsv(os.path.join(ledger_dir, "missed.tsv"))
    bad = [f"{r['file']}: unknown verdict {r['verdict']!r}" for r in ledger.values() if r["verdict"] not in VERDICTS]
    current = {key(r): r for r in rows}
    per_rule = collections.defaultdict(collections.Counter)
    unreviewed = []
    for k, r in current.items():
        entry = ledger.get(k)
        verdict = entry["verdict"] if entry else "unreviewed"
        per_rule[r["rule"]][(r["severity"], verdict)] += 1
        where = f"{r['file']}:{r['line']} {r['severity']}[{r['rule']}] «{r['span']}»"
        if verdict == "false-alarm" and entry["status"] == "gone":
            bad.append(f"a false alarm came back: {where}")
        elif r["severity"] == "error" and verdict != "defect":
            bad.append(f"an error the ledger does not mark defect ({verdict}): {where}")
        elif verdict == "unreviewed":
            unreviewed.append(where)
    fixed = 0
    for k, entry in ledger.items():
        if entry["verdict"] == "defect" and k not in current:
            bad.append(f"a defect is no longer found: {entry['file']} [{entry['rule']}] «{entry['span']}»")
        if entry["verdict"] == "false-alarm" and entry["status"] == "reported" and k not in current:
            fixed += 1
    if fixed:
        print(f"{fixed} known false alarms are gone: run with --update-status to record it")
    by_file_rule = collections.defaultdict(list)
    for r in rows:
        by_file_rule[(r["file"], r["rule"])].append(r)
    for m in misses:
        found = any(m["quote"] in r["excerpt"] or m["quote"] in r["span"] for r in by_file_rule[(m["file"], m["rule"])])
        if m["status"] == "found" and not found:
            bad.append(f"a recorded miss, found before, is lost: {m['file']} [{m['rule']}] «{m['quote']}»")
        elif m["status"] == "missed" and found:
            print(f"now found (mark it found in missed.tsv): {m['file']} [{m['rule']}] «{m['quote']}»")
    print("precision per rule on the ledger (defect / (defect + false-alarm); debatable and unreviewed apart)")
    for rule in sorted(per_rule):
        for sev in ("error", "warning"):
            c = {v: per_rule[rule][(sev, v)] for v in VERDICTS + ("unreviewed",)}
            total = sum(c.values())
            if not total:
                continue
            judged = c["defect"] + c["false-alarm"]
            precision = f"{100 * c['defect'] / judged:5.1f}%" if judged else "   n/a"
            print(f"  {rule:32s} {sev:8s} {total:4d}  precision {precision}  defect {c['defect']}"
                  f"  false-alarm {c['false-alarm']}  debatable {c['debatable']}  unreviewed {c['unreviewed']}")
    open_misses = sum(1 for m in misses if m["status"] == "missed")
    print(f"{len(current)} findings, {len(unreviewed)} unreviewed warnings, {open_misses} recorded misses still open")
    for u in unreviewed:
        print(f"  unreviewed: {u}")
    for b in bad:
        print(f"FAIL: {b}")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=DEFAULT_BIN)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--out", help="write the sorted finding list here (TSV)")
    ap.add_argument("--compare", metavar="OLD", help="a list written before with --out")
    ap.add_argument("--ledger", metavar="DIR", help="check against DIR/reviewed.tsv and DIR/missed.tsv")
    ap.add_argument("--update-status", action="store_true",
                    help="with --ledger: record which reviewed findings are reported now and which are gone")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"WARNING: {args.corpus} is not there: the real-document check did not run", file=sys.stderr)
        return 77
    rows = collect(args.bin, args.corpus)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            write_tsv(rows, fh)
    if args.ledger and args.update_status:
        update_status(rows, args.ledger)
    if args.ledger:
        return check_ledger(rows, args.ledger)
    print_counts(rows)
    if args.compare:
        compare(rows, args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
