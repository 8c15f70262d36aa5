#!/usr/bin/env python3
"""Recall of the word-level spell check on slips injected into real text.

Reads the real documents at run time (../shared/corpus/vn-real by default; nothing of them is
stored in the repository), takes the frequent compounds of the drafts (pairs of adjacent lowercase
syllables that the word model lists inside a word and that stand in the documents 5 times or
more; with --any-pair, any pair standing there 5 times or more), and in random occurrences changes ONE tone or diacritic of one of the two syllables: the
tone swapped or dropped, ^ ˘ or the horn dropped, đ typed d; with --letters, ONE letter slip that
leaves another real syllable (d/đ, final n/ng or c/t, ch/tr, s/x, gi/d/r, l/n, a letter dropped,
or added or swapped with a QWERTY neighbour), recall per class; with --bare, the syllable typed
without any mark where its letters are a syllable too (định -> dinh); with --caps, the slipped
paragraph and its twin in capitals, as a heading. Each slipped paragraph and its clean
twin are linted with `soat check`; a slip is found when a misspelling finding covers the changed
syllable. False alarms: misspelling findings on the clean twins that the unchanged document does
not already carry elsewhere are counted on the clean twins themselves.

The documents are split in two halves by a hash of the file name (`--half held-out` is the half
a frequency table derived from the corpus may not use; see docs/spelling.md).

Usage: scripts/slip_recall.py [--bin build/lint/soat] [--corpus DIR] [--half all|train|held-out]
                              [-n 1500] [--seed 1] [--show-misses 40]
"""
import argparse
import os
import random
import re
import sys
import unicodedata
from collections import Counter

from corpus_tools import ROOT, extract, half_of, lint_paragraphs, word_pairs

VOWELS = "aăâeêioôơuưy"
TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]  # huyền sắc ngã hỏi nặng
MARKS = ["\u0302", "\u0306", "\u031b"]  # ^ ˘ horn
LETTERS = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
SYL = re.compile(f"^[{LETTERS}]+$")


def load_model():
    """Pairs the word model lists inside a word (tier > 0), from lint/analysis/vi_words.inc."""
    return {pair for pair, score in word_pairs() if int(score) >= 16}


def tone_vowel(d):
    """Index in the NFD string `d` (no tone) of the letter a tone goes on."""
    base = [(i, c) for i, c in enumerate(d) if not unicodedata.combining(c)]
    letters = "".join(c for _, c in base)
    start = 2 if letters.startswith(("qu", "gi")) and len(letters) > 2 and letters[2] in "aeiouy" else 0
    vowels = [k for k in range(start, len(base)) if base[k][1] in "aeiouy"]
    if not vowels:
        return None
    if any(base[k][0] + 1 < len(d) and unicodedata.combining(d[base[k][0] + 1]) for k in vowels):
        marked = [k for k in vowels if base[k][0] + 1 < len(d) and unicodedata.combining(d[base[k][0] + 1])]
        chosen = marked[-1]
    elif len(vowels) == 1 or vowels[-1] + 1 < len(base):
        chosen = vowels[-1]  # a final consonant: the last vowel
    else:
        chosen = vowels[-2] if len(vowels) >= 2 else vowels[-1]
    i = base[chosen][0] + 1
    while i < len(d) and unicodedata.combining(d[i]):
        i += 1
    return i


def slips(syl, add_tone=True):
    """Every form of `syl` with one tone or diacritic changed, as the hidden check makes them."""
    return [x for x, _ in slips_kinds(syl, add_tone)]


def slips_kinds(syl, add_tone=True):
    d = unicodedata.normalize("NFD", syl)
    out = {}
    tone_at = [i for i, c in enumerate(d) if c in TONES]
    if tone_at:
        i = tone_at[0]
        bare = d[:i] + d[i + 1:]
        out.setdefault(bare, "tone dropped")
        j = i  # the new tone goes after every mark of the letter that carried the old one
        while j < len(bare) and unicodedata.combining(bare[j]):
            j += 1
        for t in TONES:
            if t != d[i]:
                out.setdefault(bare[:j] + t + bare[j:], "tone swapped")
    elif add_tone:
        j = tone_vowel(d)
        if j is not None:
            for t in TONES:
                out.setdefault(d[:j] + t + d[j:], "tone added")
    for i, c in enumerate(d):
        if c in MARKS:
            out.setdefault(d[:i] + d[i + 1:], "mark dropped")
    if "đ" in syl:
        out.setdefault(unicodedata.normalize("NFD", syl.replace("đ", "d", 1)), "đ typed d")
    res = {}
    for x, kind in out.items():
        x = unicodedata.normalize("NFC", x)
        if x != syl:
            res.setdefault(x, kind)
    return sorted(res.items())


# Letter slips that leave another real syllable (--letters): the confusions of Vietnamese
# spelling and of the keyboard. Each is kept only when the result is a syllable the word model
# knows (a real syllable), so the check cannot find it by syllable structure alone.
QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEAR = {}
for r, row in enumerate(QWERTY):
    for c, ch in enumerate(row):
        near = set()
        for dr in (-1, 0, 1):
            if 0 <= r + dr < 3:
                for dc in (-1, 0, 1):
                    if (dr or dc) and 0 <= c + dc < len(QWERTY[r + dr]):
                        near.add(QWERTY[r + dr][c + dc])
        NEAR[ch] = near
BASE = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d"}


def split_tone(syl):
    """(syllable without its tone, NFC; the tone mark or '')."""
    d = unicodedata.normalize("NFD", syl)
    tone = "".join(c for c in d if c in TONES)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES)), tone


def with_tone(bare, tone):
    """Puts `tone` back on the bare syllable where the tone goes."""
    if not tone:
        return bare
    d = unicodedata.normalize("NFD", bare)
    j = tone_vowel(d)
    if j is None:
        return None
    return unicodedata.normalize("NFC", d[:j] + tone + d[j:])


def letter_slips(syl, real, nonword=False):
    """{wrong form: class} of one letter slip on `syl` that leaves a real syllable (with `nonword`:
    one that the word model does not know, a possible syllable or none)."""
    bare, tone = split_tone(syl)
    out = {}

    def put(b, kind):
        w = with_tone(b, tone)
        if w and w != syl and (w in real) != nonword and SYL.match(w):
            out.setdefault(w, kind)

    if bare.startswith("đ"):
        put("d" + bare[1:], "d/đ")
    elif bare.startswith("d"):
        put("đ" + bare[1:], "d/đ")
    for a, b, kind in (("ch", "tr", "ch/tr"), ("tr", "ch", "ch/tr"), ("s", "x", "s/x"), ("x", "s", "s/x"),
                       ("gi", "d", "gi/d/r"), ("gi", "r", "gi/d/r"), ("d", "gi", "gi/d/r"), ("r", "gi", "gi/d/r"),
                       ("d", "r", "gi/d/r"), ("r", "d", "gi/d/r"), ("l", "n", "l/n")):
        if bare.startswith(a) and not (a == "d" and bare.startswith("đ")):
            put(b + bare[len(a):], kind)
    if bare.startswith("n") and not bare.startswith(("ng", "nh")):
        put("l" + bare[1:], "l/n")
    if bare.endswith("ng"):
        put(bare[:-1], "final n/ng")
    elif bare.endswith("n"):
        put(bare + "g", "final n/ng")
    if bare.endswith("c") and not bare.endswith("ch"):
        put(bare[:-1] + "t", "final c/t")
    elif bare.endswith("t"):
        put(bare[:-1] + "c", "final c/t")
    for i in range(1, len(bare)):
        put(bare[:i] + bare[i + 1:], "letter dropped")
    for i in range(1, len(bare) + 1):
        prev = BASE.get(bare[i - 1], bare[i - 1])
        for c in sorted(NEAR.get(prev, ()) | {prev}):
            put(bare[:i] + c + bare[i:], "letter added")
    for i in range(1, len(bare)):
        plain = BASE.get(bare[i], bare[i])
        if plain != bare[i]:
            continue  # a marked letter: its slips are mark slips
        for c in sorted(NEAR.get(plain, ())):
            put(bare[:i] + c + bare[i + 1:], "letter swapped")
    return sorted(out.items())


def bare_form(syl):
    """`syl` without any mark (đ typed d), and whether those letters are no syllable: a stop final
    without sắc or nặng (tich, viec), or iê yê uô ươ without their marks (duong, tien)."""
    d = unicodedata.normalize("NFD", syl.replace("đ", "d"))
    bare = "".join(c for c in d if not unicodedata.combining(c))
    stop = bare.endswith(("c", "ch", "p", "t"))
    glide = any(x in bare for x in ("ie", "ye", "uo"))
    return bare, stop or glide


def unmarked_slips(syl):
    """{wrong form: class}: `syl` typed without any mark when its bare letters are no syllable (a
    stop final without sắc or nặng: tich, viec; iê yê uô ươ without their marks: duong, tien)."""
    bare, no_syllable = bare_form(syl)
    return [(bare, "typed without marks")] if bare != syl and no_syllable else []


def bare_slips(syl):
    """{wrong form: class}: `syl` typed without any mark when its bare letters are a syllable of their
    own (định -> dinh, trên -> tren, vì -> vi)."""
    bare, no_syllable = bare_form(syl)
    return [(bare, "typed without marks, a syllable")] if bare != syl and not no_syllable else []


def load_syllables():
    """Syllables the word model knows (any syllable of a stored pair)."""
    return {syllable for pair, _ in word_pairs() for syllable in pair.split(" ")}


def tokens(line):
    """(start, end, text) of space-separated tokens."""
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s,.;:!?()\"“”'‘’/…-]+", line)]


def lint(binary, paragraphs):
    """Misspelling findings per paragraph index: list of (start, end, severity) in code points."""
    found = {}
    for k, x in lint_paragraphs(binary, paragraphs):
        if x["rule"] == "misspelling":
            loc = x["location"]
            found.setdefault(k, []).append((loc["column"] - 1, loc["end_column"] - 1, x["severity"], x["message"]))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build/lint/soat"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "vn-real"))
    ap.add_argument("--half", default="all", choices=["all", "train", "held-out"])
    ap.add_argument("-n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--show-alarms", action="store_true")
    ap.add_argument("--show-found", action="store_true")
    ap.add_argument("--no-add-tone", action="store_true", help="never give a level-tone syllable a tone")
    ap.add_argument("--letters", action="store_true",
                    help="letter slips that leave a real syllable (d/đ, n/ng, c/t, ch/tr, s/x, gi/d/r, l/n, "
                         "a letter dropped, added or swapped with its keyboard neighbour) instead of tone/mark slips")
    ap.add_argument("--nonword", action="store_true",
                    help="letter slips that leave no syllable of the word model (gảm, nghiều): found, and found with a suggestion")
    ap.add_argument("--unmarked", action="store_true",
                    help="one syllable typed without any mark where its bare letters are no syllable (tich, viec)")
    ap.add_argument("--bare", action="store_true",
                    help="one syllable typed without any mark where its bare letters are a syllable (dinh, tren)")
    ap.add_argument("--caps", action="store_true",
                    help="the slipped paragraph and its clean twin in capitals, as a heading is written")
    ap.add_argument("--any-pair", action="store_true",
                    help="frequent pairs of the drafts whether or not the word model lists them (các sở, của tỉnh)")
    args = ap.parse_args()

    model = load_model()
    real = load_syllables() if args.letters or args.nonword else set()
    make = (lambda syl: letter_slips(syl, real)) if args.letters else (lambda syl: slips_kinds(syl, not args.no_add_tone))
    if args.unmarked:
        make = unmarked_slips
    if args.bare:
        make = bare_slips
    if args.nonword:
        make = lambda syl: [(w, "no word: " + k) for w, k in letter_slips(syl, real, True)]
    docs = {}
    for name in sorted(os.listdir(args.corpus)):
        if name.endswith((".docx", ".txt", ".md")):
            docs[name] = extract(args.bin, os.path.join(args.corpus, name))
    # frequent compounds of the drafts (all documents: they define what is frequent, not the score)
    count = Counter()
    occurrences = []
    for name, lines in docs.items():
        for li, line in enumerate(lines):
            t = tokens(line)
            for k in range(len(t) - 1):
                a, b = t[k][2], t[k + 1][2]
                if line[t[k][1]:t[k + 1][0]] != " " or not SYL.match(a) or not SYL.match(b):
                    continue
                pair = unicodedata.normalize("NFC", a + " " + b)
                if pair not in model and not args.any_pair:
                    continue
                count[pair] += 1
                if args.half == "all" or half_of(name) == args.half:
                    occurrences.append((name, li, k))
    frequent = {p for p, n in count.items() if n >= args.min_count}
    occurrences = [o for o in occurrences if tokens(docs[o[0]][o[1]])[o[2]][2] + " " + tokens(docs[o[0]][o[1]])[o[2] + 1][2] in frequent]
    rng = random.Random(args.seed)
    rng.shuffle(occurrences)
    samples = []  # (clean line, slipped line, start, end, compound, wrong)
    used = set()
    for name, li, k in occurrences:
        if len(samples) >= args.n:
            break
        if (name, li) in used:
            continue
        line = docs[name][li]
        t = tokens(line)
        side = rng.randrange(2)
        start, end, syl = t[k + side]
        forms = make(syl)
        if not forms:
            side = 1 - side
            start, end, syl = t[k + side]
            forms = make(syl)
            if not forms:
                continue
        kind = rng.choice(sorted({k for _, k in forms}))
        wrong = rng.choice([x for x, k in forms if k == kind])
        used.add((name, li))
        slipped = line[:start] + wrong + line[end:]
        if args.caps:
            line, slipped = line.upper(), slipped.upper()
        samples.append((line, slipped, start, start + len(wrong), t[k][2] + " " + t[k + 1][2], wrong, kind))
    clean = lint(args.bin, [s[0] for s in samples])
    dirty = lint(args.bin, [s[1] for s in samples])
    found = found_warn = alarms = suggested = 0
    misses = []
    per_kind = Counter()
    per_kind_found = Counter()
    for i, (line, slipped, s, e, compound, wrong, kind) in enumerate(samples):
        before = {(x[0], x[1]) for x in clean.get(i, [])}
        hits = [x for x in dirty.get(i, []) if x[0] < e and x[1] > s and (x[0], x[1]) not in before]
        found += bool(hits)
        found_warn += any(h[2] in ("warning", "error") for h in hits)
        suggested += any(h[2] in ("warning", "error") and "?" in h[3] for h in hits)
        per_kind[kind] += 1
        per_kind_found[kind] += any(h[2] in ("warning", "error") for h in hits)
        if not hits:
            misses.append((compound, wrong, slipped[max(0, s - 30):e + 30]))
        alarms += sum(x[2] != "info" for x in clean.get(i, []))
        if args.show_alarms:
            for x in clean.get(i, []):
                print(f"clean finding: {line[x[0]:x[1]]!r} {x[2]} in: {line[max(0, x[0] - 30):x[1] + 30]}")
    n = len(samples)
    pct = lambda a: 100.0 * a / n if n else 0.0
    print(f"half {args.half}: {len(frequent)} frequent compounds, {n} slips injected")
    print(f"found (warning): {found_warn}/{n} = {pct(found_warn):.1f} %; any severity: {found}/{n} = {pct(found):.1f} %")
    print(f"found with a suggestion (warning): {suggested}/{n} = {pct(suggested):.1f} %")
    print(f"misspelling warnings on the {n} clean twins: {alarms} (pre-existing findings of the documents)")
    for kind in sorted(per_kind):
        print(f"  {kind:14} {per_kind_found[kind]:5}/{per_kind[kind]:<5} {100.0 * per_kind_found[kind] / per_kind[kind]:.1f} %")
    for m in misses[: args.show_misses]:
        print("miss:", m[0], "->", m[1], "|", m[2])
    if args.show_found:
        for i, (line, slipped, s, e, compound, wrong, kind) in enumerate(samples):
            for x in dirty.get(i, []):
                if x[0] < e and x[1] > s and x[2] != "info":
                    print("found:", kind, "|", compound, "->", wrong, "|", x[3])


if __name__ == "__main__":
    sys.exit(main())
