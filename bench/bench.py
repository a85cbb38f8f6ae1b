#!/usr/bin/env python3
"""Measure morgue against tantivy-cli (indexing, term/phrase search) and ripgrep (search).

Called by bench/run, which builds morgue, installs the baselines and makes the corpus;
run `bench/run --help` for the whole procedure. stdlib only.

What is measured, in one invocation, side by side:
  indexing   wall time, CPU time (user+sys), CPU/wall, peak RSS (from /usr/bin/time -v),
             index size on disk, throughput -- morgue vs tantivy-cli, same input, same
             thread count and writer memory budget;
  queries    whole-process latency: "cold" = the index (or corpus, for rg) files are evicted
             from the page cache with posix_fadvise(DONTNEED) before each new process;
             "warm" = the same process started again and again after a warm-up run (morgue
             and tantivy-cli have no in-process repeat mode, so warm is repeated processes
             too). Median (and min/max) of N runs each.
"""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- page cache helpers

def files_under(paths):
    for p in paths:
        p = Path(p)
        if p.is_file():
            yield p
        elif p.is_dir():
            for root, _, names in os.walk(p):
                for n in names:
                    yield Path(root) / n


def evict(paths):
    """Drop the clean pages of these files from the page cache (no root needed)."""
    for f in files_under(paths):
        try:
            fd = os.open(f, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fdatasync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass
        finally:
            os.close(fd)


def warm(paths):
    for f in files_under(paths):
        with open(f, "rb") as fh:
            while fh.read(1 << 22):
                pass


def du(path):
    return sum(f.stat().st_size for f in files_under([path]))


# ---------------------------------------------------------------- process measurement

def parse_time_v(text):
    """Parse GNU time -v output."""
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if ":" not in line:
            continue
        key, _, val = line.rpartition(": ")
        key = key.strip()
        val = val.strip()
        if key == "User time (seconds)":
            out["user_s"] = float(val)
        elif key == "System time (seconds)":
            out["sys_s"] = float(val)
        elif key == "Maximum resident set size (kbytes)":
            out["max_rss_kb"] = int(val)
        elif key.startswith("Elapsed (wall clock) time"):
            # h:mm:ss or m:ss.ss
            parts = [float(x) for x in val.split(":")]
            s = 0.0
            for p in parts:
                s = s * 60 + p
            out["time_wall_s"] = s
        elif key == "Exit status":
            out["exit_status"] = int(val)
    return out


class RssSampler(threading.Thread):
    """Polls /proc for the measured process (the child of `time`): peak anonymous and
    file-backed resident memory (mmap'd index files count in RSS but are page cache),
    and a coarse RSS timeline (MiB every ~2 s)."""

    def __init__(self, time_pid, period=0.2):
        super().__init__(daemon=True)
        self.time_pid = time_pid
        self.period = period
        self.done = threading.Event()
        self.peak = {"VmRSS": 0, "RssAnon": 0, "RssFile": 0, "RssShmem": 0}
        self.timeline = []

    def child(self):
        try:
            kids = Path(f"/proc/{self.time_pid}/task/{self.time_pid}/children").read_text().split()
            return kids[0] if kids else None
        except OSError:
            return None

    def run(self):
        t0 = time.monotonic()
        last = -10.0
        pid = None
        while not self.done.is_set():
            pid = pid or self.child()
            if pid:
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    status = ""
                vals = {}
                for line in status.splitlines():
                    k, _, v = line.partition(":")
                    if k in self.peak:
                        vals[k] = int(v.split()[0])
                        self.peak[k] = max(self.peak[k], vals[k])
                now = time.monotonic() - t0
                if vals and now - last >= 2.0:
                    last = now
                    self.timeline.append([round(now, 1), vals.get("RssAnon", 0) // 1024,
                                          vals.get("RssFile", 0) // 1024])
            self.done.wait(self.period)

    def stop(self):
        self.done.set()
        self.join()

    def result(self):
        return {"peak_kb": self.peak, "timeline_s_anon_mib_file_mib": self.timeline}


def timed_run(argv, stdin_path=None, stdout_path=None, time_bin="/usr/bin/time", env=None):
    """Run argv under `time -v`; return wall (our clock), user, sys, rss and exit status."""
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        tpath = tf.name
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen([time_bin, "-v", "-o", tpath] + list(argv), stdin=stdin,
                                stdout=stdout, stderr=subprocess.PIPE, env=env)
        sampler = RssSampler(proc.pid)
        sampler.start()
        _, err = proc.communicate()
        wall = time.perf_counter() - t0
        sampler.stop()
        proc.stderr_bytes = err
    finally:
        if stdin_path:
            stdin.close()
        if stdout_path:
            stdout.close()
    info = parse_time_v(Path(tpath).read_text())
    os.unlink(tpath)
    info["wall_s"] = wall
    info["cpu_s"] = info.get("user_s", 0.0) + info.get("sys_s", 0.0)
    info["cpu_per_wall"] = info["cpu_s"] / wall if wall > 0 else 0.0
    info["returncode"] = proc.returncode
    info["stderr_tail"] = proc.stderr_bytes.decode("utf-8", "replace")[-2000:]
    info["rss_samples"] = sampler.result()
    return info


def latency(cmd, shell=False, cpu=None):
    """Whole-process wall time of one run (output discarded). When `cpu` is a list, the
    CPU time (user+sys, the process and the children it waited for) is appended to it:
    on a loaded machine wall time includes waiting for a core, CPU time does not."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         executable="/bin/bash" if shell else None)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if cpu is not None:
        cpu.append(ru.ru_utime + ru.ru_stime)
    return wall, p.returncode


def summarize(samples):
    return {"median_ms": statistics.median(samples) * 1000,
            "min_ms": min(samples) * 1000, "max_ms": max(samples) * 1000,
            "runs_ms": [round(s * 1000, 2) for s in samples]}


# ---------------------------------------------------------------- tools

TANTIVY_SCHEMA_ANSWERS = (
    # field 1: title, Text: stored Y, fast N, indexed Y, tokenized Y, freqs Y, positions Y
    "title\nText\nY\nN\nY\nY\nY\nY\n"
    # add another field? Y -> body, same options
    "Y\nbody\nText\nY\nN\nY\nY\nY\nY\n"
    # add another field? N
    "N\n"
)


def tantivy_new(tantivy, index_dir):
    if index_dir.exists():
        shutil.rmtree(index_dir)
    p = subprocess.run([tantivy, "new", "-i", str(index_dir)], input=TANTIVY_SCHEMA_ANSWERS.encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0 or not (index_dir / "meta.json").exists():
        raise SystemExit("tantivy new failed:\n" + p.stdout.decode()[-2000:] + p.stderr.decode())
    meta = json.loads((index_dir / "meta.json").read_text())
    return meta.get("schema")


def write_morgue_config(path, corpus, index, memory_mb, threads):
    path.write_text(
        "# generated by bench/bench.py\n"
        f"corpus = {json.dumps(str(corpus))}\n"
        f"index = {json.dumps(str(index))}\n"
        'extensions = ["jsonl"]\n'
        'language = "en"\n'
        f"writer_memory_mb = {memory_mb}\n"
        f"threads = {threads}\n")


def morgue_json(morgue, cfg, args):
    p = subprocess.run([morgue] + args + ["--config", str(cfg), "--json"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        raise SystemExit(f"morgue {' '.join(args)} failed: {p.stderr.decode()}")
    return [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]


def morgue_total(morgue, cfg, args):
    """Number of matching sentences reported by `morgue search --json` (summary line)."""
    lines = morgue_json(morgue, cfg, ["search"] + args + ["--limit", "1"])
    for obj in reversed(lines):
        for key in ("total", "hits_total", "count"):
            if isinstance(obj, dict) and key in obj and isinstance(obj[key], int):
                return obj[key]
    return None


def count_cmd_output(cmd, shell=False):
    p = subprocess.run(cmd, shell=shell, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       executable="/bin/bash" if shell else None)
    return p.stdout


def rg_count(out_bytes):
    total = 0
    for line in out_bytes.decode("utf-8", "replace").splitlines():
        tail = line.rsplit(":", 1)[-1].strip()
        if tail.isdigit():
            total += int(tail)
    return total


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", required=True)
    ap.add_argument("--work", required=True, help="work directory of this size (corpus, indexes)")
    ap.add_argument("--morgue", required=True)
    ap.add_argument("--tantivy", required=True)
    ap.add_argument("--rg", default="rg")
    ap.add_argument("--time", default="/usr/bin/time")
    ap.add_argument("--out", required=True, help="JSON results file")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--memory-mb", type=int, default=256,
                    help="writer memory budget for both engines (total, split across threads)")
    ap.add_argument("--index-runs", type=int, default=1, help="index each engine this many times")
    ap.add_argument("--runs", type=int, default=5, help="runs per query (cold and warm each)")
    ap.add_argument("--term", default="government")
    ap.add_argument("--phrase", default="prime minister")
    ap.add_argument("--speaker", default=None, help="default: the most quoted person")
    ap.add_argument("--from", dest="date_from", default=None)
    ap.add_argument("--to", dest="date_to", default=None)
    ap.add_argument("--skip-index", action="store_true", help="reuse the indexes in --work")
    ap.add_argument("--skip-queries", action="store_true", help="only measure indexing")
    ap.add_argument("--engines", default="morgue,tantivy-cli",
                    help="indexers to run (comma-separated; the other index is reused)")
    args = ap.parse_args()

    work = Path(args.work).resolve()
    manifest = json.loads((work / "manifest.json").read_text())
    corpus = Path(manifest["corpus_dir"])
    tdocs = Path(manifest["tantivy_docs"])
    m_index = work / "morgue-index"
    t_index = work / "tantivy-index"
    cfg = work / "morgue-bench.toml"
    write_morgue_config(cfg, corpus, m_index, args.memory_mb, args.threads)
    corpus_mb = manifest["corpus_bytes"] / 1e6
    results = {
        "size": args.size,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "loadavg_at_start": os.getloadavg()},
        "corpus": manifest,
        "settings": {"threads": args.threads, "writer_memory_mb": args.memory_mb,
                     "query_runs": args.runs, "index_runs": args.index_runs},
        "versions": {},
    }
    for name, argv in (("morgue", [args.morgue, "--version"]),
                       ("tantivy-cli", [args.tantivy, "--version"]),
                       ("rg", [args.rg, "--version"])):
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        results["versions"][name] = p.stdout.decode().splitlines()[0] if p.stdout else "?"

    # ------------------------------------------------------------ indexing
    index_runs = {"morgue": [], "tantivy-cli": []}
    engines = set(args.engines.split(","))
    if not args.skip_index:
        for i in range(args.index_runs):
            if "morgue" in engines:
                if m_index.exists():
                    shutil.rmtree(m_index)
                warm([corpus])
                log(f"indexing with morgue (run {i + 1}/{args.index_runs}, {corpus_mb:.0f} MB)…")
                mout = work / "morgue-index-summary.json"
                r = timed_run([args.morgue, "index", "--config", str(cfg), "--corpus", str(corpus),
                               "--index", str(m_index), "--quiet", "--rebuild", "--json"],
                              stdout_path=mout, time_bin=args.time)
                if r["returncode"] != 0:
                    raise SystemExit(f"morgue index failed: {r['stderr_tail']}")
                try:
                    summ = json.loads(mout.read_text())
                    r["summary"] = {k: summ.get(k) for k in (
                        "articles", "sentences", "quotes", "attributed_quotes", "reported",
                        "speakers", "undated", "total_documents", "bytes_read", "seconds")}
                    r["summary"]["skipped"] = len(summ.get("skipped", []))
                    r["summary"]["warnings"] = len(summ.get("warnings", []))
                except (ValueError, AttributeError):
                    r["summary"] = None
                r["index_bytes"] = du(m_index)
                r["segments"] = len(json.loads((m_index / "meta.json").read_text()).get("segments", []))
                index_runs["morgue"].append(r)
                log(f"  morgue: {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU, "
                    f"RSS {r.get('max_rss_kb', 0) / 1024:.0f} MiB, index {r['index_bytes'] / 1e6:.0f} MB")

            if "tantivy-cli" in engines:
                schema = tantivy_new(args.tantivy, t_index)
                results["tantivy_schema"] = schema
                warm([tdocs])
                log(f"indexing with tantivy-cli (run {i + 1}/{args.index_runs})…")
                r = timed_run([args.tantivy, "index", "-i", str(t_index), "-t", str(args.threads),
                               "-m", str(args.memory_mb * 1_000_000)],
                              stdin_path=tdocs, time_bin=args.time)
                if r["returncode"] != 0:
                    raise SystemExit(f"tantivy index failed: {r['stderr_tail']}")
                r["index_bytes"] = du(t_index)
                r["segments"] = len(json.loads((t_index / "meta.json").read_text()).get("segments", []))
                index_runs["tantivy-cli"].append(r)
                log(f"  tantivy-cli: {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU, "
                    f"RSS {r.get('max_rss_kb', 0) / 1024:.0f} MiB, index {r['index_bytes'] / 1e6:.0f} MB")
        for runs in index_runs.values():
            for r in runs:
                r.pop("stderr_tail", None)
        results["indexing"] = index_runs

    if args.skip_queries:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n")
        for tool, runs in index_runs.items():
            for r in runs:
                log(f"{tool}: wall {r['wall_s']:.1f} s, CPU {r['cpu_s']:.1f} s, "
                    f"RSS {r.get('max_rss_kb', 0) / 1024:.0f} MiB "
                    f"(anon peak {r['rss_samples']['peak_kb']['RssAnon'] / 1024:.0f} MiB, "
                    f"file peak {r['rss_samples']['peak_kb']['RssFile'] / 1024:.0f} MiB)")
        log(f"results written to {out}")
        return

    # ------------------------------------------------------------ query choice
    speaker = args.speaker
    speakers = morgue_json(args.morgue, cfg, ["speakers", "--limit", "30"])
    results["top_speakers"] = speakers[:10]
    if speaker is None:
        # The most quoted person with a first name and a surname (rg can grep that name).
        for s in speakers:
            name = s.get("speaker") or s.get("name") or ""
            if len(name.split()) >= 2 and not name.lower().startswith("the "):
                speaker = name
                break
        if speaker is None and speakers:
            speaker = speakers[0].get("speaker") or speakers[0].get("name")
    if not speaker:
        raise SystemExit("bench: the index has no attributed speakers; pass --speaker NAME")
    date_from, date_to = args.date_from, args.date_to
    if date_from is None or date_to is None:
        # The speaker's busiest month (from morgue's facets), widened to a quarter.
        lines = morgue_json(args.morgue, cfg, ["search", args.term, "--speaker", speaker,
                                               "--facets", "--limit", "0"])
        months = []
        for obj in lines:
            f = obj.get("facets") if isinstance(obj, dict) else None
            if f and f.get("months"):
                months = f["months"]
        if months:
            best = max(months, key=lambda m: m[1] if isinstance(m, list) else m.get("count", 0))
            ym = best[0] if isinstance(best, list) else best.get("month")
            y, m = (int(x) for x in ym.split("-"))
            m0 = m - 1 or 12
            y0 = y if m > 1 else y - 1
            m1 = m % 12 + 1
            y1 = y if m < 12 else y + 1
            date_from = date_from or f"{y0:04d}-{m0:02d}"
            date_to = date_to or f"{y1:04d}-{m1:02d}"
        else:
            date_from, date_to = date_from or "1987-03", date_to or "1987-04"
    results["queries_chosen"] = {"term": args.term, "phrase": args.phrase, "speaker": speaker,
                                 "from": date_from, "to": date_to}
    log(f"queries: term={args.term!r} phrase={args.phrase!r} speaker={speaker!r} "
        f"dates={date_from}..{date_to}")

    # rg date regex: every month between date_from and date_to (YYYY-MM granularity).
    def months_between(a, b):
        ya, ma = (int(x) for x in a.split("-")[:2])
        yb, mb = (int(x) for x in b.split("-")[:2])
        out = []
        while (ya, ma) <= (yb, mb):
            out.append(f"{ya:04d}-{ma:02d}")
            ma += 1
            if ma > 12:
                ya, ma = ya + 1, 1
        return out
    date_re = '"date": "(' + "|".join(months_between(date_from, date_to)) + ')-'
    files = " ".join(f"'{p}'" for p in [str(corpus)])
    rg = args.rg
    term_re = r"\b" + re.escape(args.term) + r"\w*"  # morgue stems; a prefix match is close
    q = lambda s: "'" + s.replace("'", "'\\''") + "'"
    base = [args.morgue, "search", "--config", str(cfg), "--index", str(m_index), "--color", "never"]
    queries = [
        {"name": "term", "morgue": base + [args.term],
         "rg": f"{rg} -c -i {q(term_re)} {files}",
         "tantivy": [args.tantivy, "search", "-i", str(t_index), "-q", args.term]},
        {"name": "phrase", "morgue": base + [f'"{args.phrase}"'],
         "rg": f"{rg} -c -i -F {q(args.phrase)} {files}",
         "tantivy": [args.tantivy, "search", "-i", str(t_index), "-q", f'"{args.phrase}"']},
        {"name": "speaker", "morgue": base + ["--speaker", speaker],
         "rg": f"{rg} -c -F {q(speaker)} {files}"},
        {"name": "date range", "morgue": base + ["--from", date_from, "--to", date_to],
         "rg": f"{rg} -c {q(date_re)} {files}"},
        {"name": "term+speaker+date+facets",
         "morgue": base + [args.term, "--speaker", speaker, "--from", date_from, "--to", date_to,
                           "--facets"],
         "rg": f"{rg} -i {q(term_re)} {files} | {rg} -F {q(speaker)} | {rg} -c {q(date_re)}"},
    ]

    # ------------------------------------------------------------ query timing
    qresults = []
    for spec in queries:
        entry = {"name": spec["name"], "morgue_cmd": spec["morgue"], "rg_cmd": spec["rg"]}
        # counts (what each tool found), once
        entry["morgue_hits"] = morgue_total(args.morgue, cfg,
                                            spec["morgue"][len(base):] + ["--index", str(m_index)])
        entry["rg_count"] = rg_count(count_cmd_output(spec["rg"], shell=True))
        tools = [("morgue", spec["morgue"], False, [m_index]),
                 ("rg", spec["rg"], True, [corpus])]
        if "tantivy" in spec:
            entry["tantivy_cmd"] = spec["tantivy"]
            out = count_cmd_output(spec["tantivy"])
            entry["tantivy_hits"] = out.count(b"\n")
            tools.append(("tantivy-cli", spec["tantivy"], False, [t_index]))
        for tool, cmd, shell, data in tools:
            cold = []
            for _ in range(args.runs):
                evict(data)
                dt, rc = latency(cmd, shell=shell)
                cold.append(dt)
            latency(cmd, shell=shell)  # warm-up
            hot = []
            hot_cpu = []
            for _ in range(args.runs):
                dt, rc = latency(cmd, shell=shell, cpu=hot_cpu)
                hot.append(dt)
            entry[tool] = {"cold": summarize(cold), "warm": summarize(hot),
                           "warm_cpu": summarize(hot_cpu), "exit": rc}
            log(f"  {spec['name']:<26} {tool:<12} cold {entry[tool]['cold']['median_ms']:9.1f} ms"
                f"   warm {entry[tool]['warm']['median_ms']:9.1f} ms"
                f"   warm CPU {entry[tool]['warm_cpu']['median_ms']:9.1f} ms")
        for mode in ("cold", "warm"):
            m = entry["morgue"][mode]["median_ms"]
            entry[f"rg_over_morgue_{mode}"] = entry["rg"][mode]["median_ms"] / m if m else None
            if "tantivy-cli" in entry:
                entry[f"tantivy_over_morgue_{mode}"] = (
                    entry["tantivy-cli"][mode]["median_ms"] / m if m else None)
        qresults.append(entry)
    results["queries"] = qresults
    results["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    results["machine"]["loadavg_at_end"] = os.getloadavg()

    # ------------------------------------------------------------ table
    lines = []
    lines.append(f"morgue benchmark, size {args.size}: {manifest['articles']} articles, "
                 f"{corpus_mb:.1f} MB JSONL ({manifest['text_bytes'] / 1e6:.1f} MB text), "
                 f"{manifest['files']} files, dates {manifest['first_date']}..{manifest['last_date']}")
    lines.append(f"threads {args.threads}, writer memory {args.memory_mb} MB, "
                 f"{os.cpu_count()} CPUs, load {results['machine']['loadavg_at_start'][0]:.1f}")
    if "indexing" in results:
        lines.append("")
        lines.append(f"{'indexing':<22}{'run':>4}{'wall s':>9}{'CPU s':>9}{'CPU/wall':>9}"
                     f"{'RSS MiB':>9}{'anon MiB':>9}{'index MB':>10}{'MB/s':>8}{'s/MB':>8}")
        for tool, runs in index_runs.items():
            for i, r in enumerate(runs):
                lines.append(f"{tool:<22}{i + 1:>4}{r['wall_s']:>9.1f}{r['cpu_s']:>9.1f}"
                             f"{r['cpu_per_wall']:>9.2f}{r.get('max_rss_kb', 0) / 1024:>9.0f}"
                             f"{r['rss_samples']['peak_kb']['RssAnon'] / 1024:>9.0f}"
                             f"{r['index_bytes'] / 1e6:>10.1f}{corpus_mb / r['wall_s']:>8.2f}"
                             f"{r['wall_s'] / corpus_mb:>8.3f}")
        ratios = []
        for i in range(min(len(index_runs["morgue"]), len(index_runs["tantivy-cli"]))):
            m, t = index_runs["morgue"][i], index_runs["tantivy-cli"][i]
            ratio = {"wall": m["wall_s"] / t["wall_s"], "cpu": m["cpu_s"] / t["cpu_s"],
                     "rss": m.get("max_rss_kb", 0) / max(1, t.get("max_rss_kb", 1)),
                     "size": m["index_bytes"] / max(1, t["index_bytes"])}
            ratios.append(ratio)
            lines.append(f"{'morgue/tantivy-cli':<22}{i + 1:>4}{ratio['wall']:>9.2f}"
                         f"{ratio['cpu']:>9.2f}{'':>9}{ratio['rss']:>9.2f}{'':>9}{ratio['size']:>10.2f}")
        results["indexing_ratios"] = ratios
        ms = index_runs["morgue"][0].get("summary") or {}
        lines.append(f"morgue wrote {ms.get('sentences')} sentences, {ms.get('quotes')} quotes, "
                     f"{ms.get('speakers')} speakers")
    lines.append("")
    lines.append(f"queries (whole process, median of {args.runs}; cold = files evicted from the "
                 f"page cache before each run; warm = repeated processes)")
    lines.append(f"{'query':<26}{'tool':<12}{'hits':>9}{'cold ms':>10}{'warm ms':>10}{'CPU ms':>9}"
                 f"  {'rg/morgue c/w':<14}{'tantivy/morgue c/w'}")
    for e in qresults:
        for tool in ("morgue", "tantivy-cli", "rg"):
            if tool not in e:
                continue
            hits = {"morgue": e.get("morgue_hits"), "rg": e.get("rg_count"),
                    "tantivy-cli": e.get("tantivy_hits")}[tool]
            extra = ""
            if tool == "morgue":
                extra = f"{e['rg_over_morgue_cold']:.1f}/{e['rg_over_morgue_warm']:.1f}".ljust(14)
                if "tantivy_over_morgue_cold" in e:
                    extra += f"{e['tantivy_over_morgue_cold']:.2f}/{e['tantivy_over_morgue_warm']:.2f}"
            lines.append(f"{e['name'] if tool == 'morgue' else '':<26}{tool:<12}"
                         f"{hits if hits is not None else '?':>9}"
                         f"{e[tool]['cold']['median_ms']:>10.1f}{e[tool]['warm']['median_ms']:>10.1f}"
                         f"{e[tool]['warm_cpu']['median_ms']:>9.1f}"
                         f"  {extra}")
    lines.append("(CPU ms: user+sys of the warm runs, median; wall time on a loaded machine "
                 "includes waiting for a core)")
    lines.append("(hits: morgue = matching sentences; tantivy-cli = matching articles, all printed; "
                 "rg = matching lines = articles)")
    table = "\n".join(lines)
    results["table"] = table
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(table)
    log(f"results written to {out}")


if __name__ == "__main__":
    main()
