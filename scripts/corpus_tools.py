"""Shared by the corpus scripts (slip_recall.py, inject_recall.py, build_en_collisions.py): the
corpus halves, reading a document with `soat extract`, linting paragraphs with `soat check`, and
the syllable pairs of the word model."""
import hashlib
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def half_of(name):
    """The half of the real corpus a file belongs to, by a hash of its name (docs/spelling.md)."""
    return "train" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "held-out"


def extract(binary, path):
    """The lines of `soat extract` (one paragraph each), or none when the file cannot be read."""
    out = subprocess.run([binary, "extract", path], capture_output=True, text=True, errors="replace")
    return [line.rstrip("\n") for line in out.stdout.split("\n")] if out.returncode == 0 else []


def lint_paragraphs(binary, paragraphs):
    """`soat check --format json` of the paragraphs as one text file, as (paragraph index, finding)
    pairs: paragraph k stands on line 2k + 1."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "d.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n\n".join(p.replace("\n", " ") for p in paragraphs) + "\n")
        run = subprocess.run([binary, "check", "--format", "json", "--fail-on", "never", path],
                             capture_output=True, text=True)
        data = json.loads(run.stdout)
    return [((x["location"]["line"] - 1) // 2, x) for file in data["files"] for x in file["findings"]]


def word_pairs():
    """(pair, score) of the word model's list, lint/analysis/vi_words.inc."""
    with open(os.path.join(ROOT, "lint/analysis/vi_words.inc"), encoding="utf-8") as f:
        for line in f:
            if "\t" not in line:
                continue
            pair, score = line.rstrip("\n").split("\t")[:2]
            if pair.startswith('R"SOATWORDS('):
                pair = pair[len('R"SOATWORDS('):]
            yield pair, score
