"""Regenerate the shipped English word-frequency list (``data/english.tsv.gz``).

Why: many gene symbols and aliases are also ordinary words ("SET", "CAT", "IMPACT"). The entity
matcher needs to know how common a token is in general English to decide whether a match needs
context. The list is derived once from ``wordfreq`` (a build-time tool, not a runtime dependency)
and shipped, so the project runs without it. Run: ``python -m agefacts.reference.wordlist``
in an environment where ``wordfreq==3.1.1`` is installed.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
#: Words at least this frequent (Zipf scale: 3 = once per million words) are kept.
MIN_ZIPF = 3.0


def build(out: Path = DATA / "english.tsv.gz", min_zipf: float = MIN_ZIPF) -> int:
    from wordfreq import top_n_list, zipf_frequency  # build-time only

    rows = []
    for word in top_n_list("en", 200_000):
        if not word.isalnum():
            continue
        z = zipf_frequency(word, "en")
        if z < min_zipf:
            break
        rows.append(f"{word}\t{z:.2f}\n")
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("word\tzipf\n")
        fh.writelines(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA / "english.tsv.gz")
    parser.add_argument("--min-zipf", type=float, default=MIN_ZIPF)
    args = parser.parse_args()
    print(f"{build(args.out, args.min_zipf)} words -> {args.out}")


if __name__ == "__main__":
    main()
