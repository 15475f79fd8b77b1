#!/usr/bin/env python3
"""Builds src/main/resources/check/glossary-zh-en.tsv.gz from CC-CEDICT.

CC-CEDICT (https://cc-cedict.org, CC BY-SA 4.0) comes as JSON in the npm package
@tykok/cedict-dictionary, pinned with its integrity in package-lock.json next to this script:

    cd src/build/glossary && npm ci && python3 build.py

Kept: words of two Han characters or more (one character is too ambiguous to stand for a word of
a claim), their English senses without cross-references, classifiers, pronunciation notes or
parenthesised remarks. Traditional forms are not kept: the service folds text to Simplified first.
"""
import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "node_modules/@tykok/cedict-dictionary/data/cedict.json"
TARGET = HERE.parents[2] / "src/main/resources/check/glossary-zh-en.tsv.gz"

HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]{2,}$")
DROP = re.compile(r"^(variant of|old variant of|archaic variant|see |see also|CL:|surname |also pr\.|also written|Japanese variant|"
                  r"used in |erhua variant|\(old\)|\(archaic\)|pr\. )", re.I)
PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def senses(english):
    out = []
    for sense in english:
        for part in sense.split(";"):
            part = part.strip()
            if not part or DROP.match(part):
                continue
            part = re.sub(r"^abbr\. (for|of|to) ", "", part)
            part = PARENS.sub(" ", part)
            part = re.sub(r"\s+", " ", part).strip(" ,.")
            if part and re.search(r"[A-Za-z]", part):
                out.append(part)
    return out


def main():
    entries = json.loads(SOURCE.read_text(encoding="utf-8"))
    glossary = {}
    for e in entries:
        word = e["simplified"]
        if not HAN.match(word):
            continue
        kept = glossary.setdefault(word, [])
        for s in senses(e["english"]):
            if s not in kept:
                kept.append(s)
    lines = [f"{w}\t{'; '.join(g)}" for w, g in sorted(glossary.items()) if g]
    header = "# CC-CEDICT (https://cc-cedict.org), CC BY-SA 4.0; reduced by src/build/glossary/build.py\n"
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(header)
        f.write("\n".join(lines))
        f.write("\n")
    print(f"{len(lines)} words written to {TARGET.relative_to(HERE.parents[2])}", file=sys.stderr)


if __name__ == "__main__":
    main()
