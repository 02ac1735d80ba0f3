"""Time and memory on inputs that are not one article per file, measured side by side.

    python benchmarks/long_inputs.py [--corpus DIR] [--scale 8] [--chars 7000000]

* A JSON Lines corpus file of the corpus's articles, and one ``--scale`` times larger: the
  records are streamed, so peak memory should stay flat and time grow with the size.
* A one-line document of ``--chars`` characters against one of a seventh of it: time should
  grow linearly (ratio near 7), never with the square of the length.

Prints ratios against the baselines measured in the same run; no absolute thresholds.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import DEFAULT_CORPUS, pipeline_run  # noqa: E402  (the benchmarks' shared child runner)

SENTENCE = ("Sáng 28-12, Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường phát biểu: “Phải làm tốt công tác dân vận khéo”. "
            "Ông Nguyễn Văn Bình, Chủ tịch UBND xã Hòa Tiến cho biết, năm 2024 xã đã vận động nhân dân hiến đất. ")


def jsonl_corpus(corpus: Path, copies: int, folder: Path) -> Path:
    folder.mkdir(parents=True)
    with open(folder / "corpus.jsonl", "w", encoding="utf-8") as f:
        for copy in range(copies):
            for path in sorted(corpus.iterdir()):
                if path.is_file():
                    record = {"id": f"{copy:02d}-{path.stem}", "text": path.read_text(encoding="utf-8", errors="replace")}
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def one_line(chars: int, folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "one_line.txt").write_text((SENTENCE * (chars // len(SENTENCE) + 1))[:chars], encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scale", type=int, default=8)
    parser.add_argument("--chars", type=int, default=7_000_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each corpus measurement, the fastest kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small = jsonl_corpus(args.corpus, 1, Path(folder) / "x1")
        large = jsonl_corpus(args.corpus, args.scale, Path(folder) / f"x{args.scale}")
        ones, bigs = [], []
        for _ in range(args.repeat):
            ones.append(pipeline_run(small, 1))
            bigs.append(pipeline_run(large, 1))
        one, big = (min(runs, key=lambda r: r["seconds"]) for runs in (ones, bigs))
        short = pipeline_run(one_line(args.chars // 7, Path(folder) / "short"), 1)
        long = pipeline_run(one_line(args.chars, Path(folder) / "long"), 1)
    rows = [
        (f"JSON Lines corpus, {one['documents']} records", one),
        (f"JSON Lines corpus x{args.scale}, {big['documents']} records", big),
        (f"one line of {args.chars // 7:,} characters", short),
        (f"one line of {args.chars:,} characters", long),
    ]
    for name, r in rows:
        print(f"{name:<44} {r['seconds']:8.2f} s  peak {r['peak_mb']:.0f} MB")
    print()
    print(f"corpus file x{args.scale}: time / x1                {big['seconds'] / one['seconds']:5.2f}   "
          f"(target <= {args.scale + 1})")
    print(f"corpus file x{args.scale}: peak memory / x1         {big['peak_mb'] / one['peak_mb']:5.2f}   (target <= 1.3)")
    print(f"one line x7 characters: time / x1          {long['seconds'] / short['seconds']:5.2f}   (linear: about 7)")
    print(f"one line x7 characters: peak memory / x1   {long['peak_mb'] / short['peak_mb']:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
