#!/usr/bin/env python3
"""Sorts the gold attributions the system missed into buckets, from the JSON lines that
`bench/eval-attribution SPLIT --dump-jsonl FILE` writes.

Usage: bench/miss-buckets.py FILE SPLIT [direct|reported] [BUCKET [SEED]]

Buckets (gold items with a named source, counted as missed at overlap 0.3 of the gold's
characters): `undetected` (no system item overlaps the content), `no-speaker` (overlapping
items have no speaker), `wrong` (another speaker), `span-short` (the right speaker, too
little overlap). Given a BUCKET, prints 40 random examples with context (needs the texts in
../shared/corpora/polnear/SPLIT/text). The speaker match is by last word of the name, so
the counts approximate the harness's; the harness's figures are the ones to quote.
"""
import collections
import json
import random
import re
import sys
from pathlib import Path


def parts(name):
    if isinstance(name, list):
        name = " ".join(name)
    return re.findall(r"[a-z0-9]+", (name or "").lower())


def same_speaker(gold, system):
    g, s = parts(gold), parts(system)
    if not g or not s:
        return False
    return g[-1] == s[-1] or (len(g) == 1 and g[0] in s) or (len(s) == 1 and s[0] in g)


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    dump, split = sys.argv[1], sys.argv[2]
    kind = sys.argv[3] if len(sys.argv) > 3 else "direct"
    wanted = sys.argv[4] if len(sys.argv) > 4 else None
    random.seed(int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    texts = Path(__file__).resolve().parent.parent.parent / "shared/corpora/polnear" / split / "text"
    by_article = collections.defaultdict(lambda: {"gold": [], "sys": []})
    for line in open(dump):
        row = json.loads(line)
        by_article[row["article"]][row["type"]].append(row)
    counts, examples = collections.Counter(), collections.defaultdict(list)
    for article, items in by_article.items():
        for g in items["gold"]:
            if g["how"] == "description" or g["direct"] != (kind == "direct"):
                continue
            length = sum(e - s for s, e in g["content"])
            total = good = 0
            speakers = []
            for s in items["sys"]:
                o = sum(overlap(gc, sc) for gc in g["content"] for sc in s["content"])
                if o:
                    total += o
                    speakers.append(s["speaker"])
                    if s["speaker"] and same_speaker(g["speaker"], s["speaker"]):
                        good += o
            if good >= 0.3 * length:
                continue
            if total == 0:
                bucket = "undetected"
            elif good:
                bucket = "span-short"
            elif all(s is None for s in speakers):
                bucket = "no-speaker"
            else:
                bucket = "wrong"
            counts[bucket] += 1
            if wanted == bucket:
                path = texts / f"{article}.txt"
                text = path.read_text() if path.exists() else ""
                s0, e0 = g["content"][0][0], g["content"][-1][1]
                context = f"{text[max(0, s0 - 150):s0]}⟦{text[s0:min(e0, s0 + 120)]}⟧{text[e0:e0 + 100]}"
                examples[bucket].append(
                    f"{article[:40]} gold={g['speaker']!r} sys={speakers}\n    «{context.replace(chr(10), ' ')}»"
                )
    print(f"{kind}, missed: " + ", ".join(f"{b} {n}" for b, n in counts.most_common()))
    if wanted:
        for line in random.sample(examples[wanted], min(40, len(examples[wanted]))):
            print(line)


if __name__ == "__main__":
    main()
