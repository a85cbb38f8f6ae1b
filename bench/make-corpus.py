#!/usr/bin/env python3
"""Build a benchmark corpus for morgue from the real articles in ../shared/corpora.

The base articles (BBC txt, Reuters-21578 JSON Lines, PolNeAR txt) are read once, then
written out again and again ("replicas") with distinct ids and shifted dates until the
target size is reached:

  OUT/corpus/rNNNN-KKKK.jsonl   JSON Lines, one article per line: id, title, date, source, text
                                (files of about --file-mb MB each) -- what morgue indexes
                                and what ripgrep searches;
  OUT/tantivy-docs.json         the same articles, one JSON document per line with the
                                fields title and body -- what tantivy-cli indexes;
  OUT/manifest.json             what was written (sizes, counts, date span, parameters).

Dates: Reuters and PolNeAR keep their own dates; BBC articles (undated) get a stable
pseudo-random day in 2004-2005. Replica r shifts every date by r * --shift-days days, so
that date ranges and per-month facets spread over the whole span.

Nothing is written inside the repository: OUT must be outside it (the shared corpora are
research-only and must never be copied into the project).

stdlib only.
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
from pathlib import Path


def log(msg):
    print(f"make-corpus: {msg}", file=sys.stderr, flush=True)


def stable_int(s):
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")


def read_text(path):
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # bbc/sport/199.txt has one Latin-1 byte.
        return data.decode("latin-1")


def load_bbc(root):
    out = []
    base = dt.date(2004, 1, 1)
    for path in sorted((root / "bbc").glob("*/*.txt")):
        text = read_text(path).replace("\r\n", "\n")
        title, _, body = text.partition("\n")
        rel = path.relative_to(root / "bbc")
        ident = "bbc-" + str(rel.with_suffix("")).replace("/", "-")
        day = base + dt.timedelta(days=stable_int(ident) % 730)
        out.append({"id": ident, "title": title.strip(), "date": day,
                    "source": "BBC News", "text": body.strip()})
    return out


def load_reuters(root):
    out = []
    for path in sorted((root / "reuters-21578").glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                rec = json.loads(line)
                body = (rec.get("body") or "").strip()
                if not body or not rec.get("date"):
                    continue
                day = dt.date.fromisoformat(rec["date"][:10])
                out.append({"id": rec["id"], "title": (rec.get("title") or "").strip(),
                            "date": day, "source": rec.get("source") or "Reuters",
                            "text": body})
    return out


def load_polnear(root):
    meta = {}
    tsv = root / "polnear" / "metadata.tsv"
    if tsv.exists():
        with open(tsv, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                meta[row.get("filename", "")] = row
    out = []
    for comp in ("train", "dev"):
        for path in sorted((root / "polnear" / comp / "text").glob("*.txt")):
            text = read_text(path).replace("\r\n", "\n")
            first, _, body = text.partition("\n")
            stem = path.stem
            row = meta.get(stem, {})
            parts = stem.split("_")
            publisher = row.get("publisher") or parts[0]
            try:
                day = dt.date.fromisoformat(row.get("publication_date") or parts[1])
            except (ValueError, IndexError):
                continue
            out.append({"id": f"polnear-{comp}-{stem}",
                        "title": (row.get("title") or first).strip(),
                        "date": day, "source": publisher, "text": body.strip()})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", required=True, help="the shared corpora directory")
    ap.add_argument("--out", required=True, help="output directory (outside the repository)")
    ap.add_argument("--target-mb", type=float, required=True,
                    help="stop once this many MB (10^6 bytes) of JSON Lines are written")
    ap.add_argument("--file-mb", type=float, default=4.0, help="size of one corpus file")
    ap.add_argument("--shift-days", type=int, default=91, help="date shift per replica")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = ap.parse_args()

    shared = Path(args.shared).resolve()
    out = Path(args.out).resolve()
    params = {"target_mb": args.target_mb, "file_mb": args.file_mb,
              "shift_days": args.shift_days, "seed": args.seed, "version": 1}
    manifest_path = out / "manifest.json"
    if manifest_path.exists() and not args.force:
        try:
            old = json.loads(manifest_path.read_text())
            if old.get("params") == params:
                log(f"cached corpus in {out} ({old['corpus_bytes'] / 1e6:.1f} MB), reused")
                print(json.dumps(old))
                return
        except (ValueError, KeyError):
            pass

    base = load_bbc(shared) + load_reuters(shared) + load_polnear(shared)
    base_bytes = sum(len(a["text"].encode()) for a in base)
    log(f"{len(base)} base articles, {base_bytes / 1e6:.1f} MB of text")
    rng = random.Random(args.seed)
    rng.shuffle(base)

    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for old in corpus.glob("*.jsonl"):
        old.unlink()
    manifest_path.unlink(missing_ok=True)

    target = int(args.target_mb * 1e6)
    file_limit = int(args.file_mb * 1e6)
    written = 0
    text_bytes = 0
    articles = 0
    files = 0
    min_day = max_day = None
    replica = 0
    cur = None
    cur_bytes = 0
    cur_name = None
    tdocs = open(out / "tantivy-docs.json.tmp", "w", encoding="utf-8")
    try:
        while written < target:
            shift = dt.timedelta(days=replica * args.shift_days)
            k = 0
            for a in base:
                if written >= target:
                    break
                if cur is None or cur_bytes >= file_limit:
                    if cur is not None:
                        cur.close()
                    cur_name = corpus / f"r{replica:04d}-{k:04d}.jsonl"
                    cur = open(cur_name, "w", encoding="utf-8")
                    cur_bytes = 0
                    files += 1
                    k += 1
                day = a["date"] + shift
                rec = {"id": f"{a['id']}~r{replica}", "title": a["title"],
                       "date": day.isoformat(), "source": a["source"], "text": a["text"]}
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                n = len(line.encode())
                cur.write(line)
                cur_bytes += n
                written += n
                text_bytes += len(a["text"].encode())
                articles += 1
                min_day = day if min_day is None or day < min_day else min_day
                max_day = day if max_day is None or day > max_day else max_day
                tdocs.write(json.dumps({"title": a["title"], "body": a["text"]},
                                       ensure_ascii=False) + "\n")
            replica += 1
            # Each replica starts a new file so replica boundaries are visible in names.
            if cur is not None:
                cur.close()
                cur = None
    finally:
        if cur is not None:
            cur.close()
        tdocs.close()
    os.replace(out / "tantivy-docs.json.tmp", out / "tantivy-docs.json")
    manifest = {
        "params": params,
        "shared": str(shared),
        "corpus_dir": str(corpus),
        "tantivy_docs": str(out / "tantivy-docs.json"),
        "files": files,
        "articles": articles,
        "replicas": replica,
        "corpus_bytes": written,
        "text_bytes": text_bytes,
        "tantivy_docs_bytes": (out / "tantivy-docs.json").stat().st_size,
        "base_articles": len(base),
        "base_text_bytes": base_bytes,
        "first_date": min_day.isoformat() if min_day else None,
        "last_date": max_day.isoformat() if max_day else None,
    }
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
    log(f"wrote {articles} articles in {files} files, {written / 1e6:.1f} MB, "
        f"{replica} replica(s), dates {manifest['first_date']}..{manifest['last_date']}")
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
