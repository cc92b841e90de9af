#!/usr/bin/env python3
"""Scores `duban-cli extract` on the annotated corpus per document, per issuer and with each issuer left out.

Usage: score_by_issuer.py CLI CORPUS_DIR [--shared SHARED_DIR] [--min F1,units,lead,deadline,targets] [-v]

The issuer of a document is read from its source note (a line `**Issuer:** …`) or else from the first
part of the file name (guobanfa-…, guangzhou-…). "Left out" shows the scores of the rest of the corpus
without that issuer's documents: a rule that lifts only one issuer shows up as a gap between the two.
With --min, exits non-zero when the whole corpus scores below the given thresholds.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

SUMMARY = re.compile(r"(\w+)=([0-9.]+)")
LINE = re.compile(r"^(\S+): gold (\d+) pred (\d+) matched (\d+).*F1 ([0-9.]+)\s+units ([0-9.]+) lead ([0-9.]+) "
                  r"deadline ([0-9.]+) targets ([0-9.]+)")
OVERALL = re.compile(r"^overall: .*F1 ([0-9.]+)\s+units ([0-9.]+) lead ([0-9.]+) deadline ([0-9.]+) "
                     r"targets ([0-9.]+)", re.M)


def issuer_of(txt):
    note = txt[:-4] + ".source.md"
    if os.path.exists(note):
        with open(note, encoding="utf-8") as f:
            m = re.search(r"\*\*Issuer:\*\*\s*([^\n]+)", f.read())
            if m:
                return m.group(1).strip()
    return os.path.basename(txt).split("-")[0]


def score(scorer, golds, pred, verbose=False):
    args = ["python3", scorer, "--gold", *golds, "--pred", pred] + (["-v"] if verbose else [])
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("corpus")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    ap.add_argument("--min")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--overall-only", action="store_true", help="per document and overall only (fast, for ctest)")
    a = ap.parse_args()
    scorer = os.path.join(a.shared, "tools", "score_extraction.py")
    docs = sorted(t for t in glob.glob(os.path.join(a.corpus, "*.txt")) if os.path.exists(t + ".jsonl"))
    if not docs:
        sys.exit("no annotated documents in " + a.corpus)
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        pred = out.name
    try:
        with open(pred, "w", encoding="utf-8") as f:
            subprocess.run([a.cli, "extract", *docs, "--format", "json"], stdout=f, check=True)
        issuers = {}
        for d in docs:
            issuers.setdefault(issuer_of(d), []).append(d)
        report = score(scorer, [d + ".jsonl" for d in docs], pred, a.verbose)
        print("== per document")
        print(report.rstrip())
        if a.overall_only:
            issuers = {}
        print("\n== per issuer                       docs  F1     units  lead   deadl  targets")
        for who, ds in sorted(issuers.items()):
            m = OVERALL.search(score(scorer, [d + ".jsonl" for d in ds], pred))
            print(f"{who:34} {len(ds):4}  " + "  ".join(f"{float(x):.3f}" for x in m.groups()))
        if len(issuers) > 1:
            print("\n== each issuer left out (the rest)  docs  F1     units  lead   deadl  targets")
            for who in sorted(issuers):
                rest = [d for d in docs if d not in issuers[who]]
                m = OVERALL.search(score(scorer, [d + ".jsonl" for d in rest], pred))
                print(f"without {who:26} {len(rest):4}  " + "  ".join(f"{float(x):.3f}" for x in m.groups()))
        overall = [float(x) for x in OVERALL.search(report).groups()]
        if a.min:
            need = [float(x) for x in a.min.split(",")]
            names = ["F1", "units", "lead", "deadline", "targets"]
            bad = [f"{n}={v:.3f} < {w}" for n, v, w in zip(names, overall, need) if v < w]
            if bad:
                sys.exit("corpus extraction below threshold: " + ", ".join(bad))
            print("corpus extraction meets the thresholds " + a.min)
    finally:
        os.unlink(pred)


if __name__ == "__main__":
    main()
