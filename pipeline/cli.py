"""Command line: ``python -m pipeline`` runs the pipeline, ``python -m pipeline evaluate``
scores a finished run, ``python -m pipeline browse`` serves one in a browser. A thin layer over
:mod:`pipeline.runner`, :mod:`pipeline.evaluation` and :mod:`pipeline.browse`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .executors import default_workers
from .runner import MAX_CHARS
from .storage.outputs import FORMATS
from .tokens import Tokenizer

DESCRIPTION = """Turn Vietnamese news articles into tidy tables: documents, sentences, tokens,
officials, provinces, dates, slogans and statements (who said what), plus people.csv and
offices.csv (one row per official, and per office held) and report.html (a run report).
Input: text files, saved web pages, and corpus files (.jsonl, .csv, .parquet) of one article
per record. Output: CSV (UTF-8 with a byte-order mark), Parquet, SQLite or an Excel workbook."""
EPILOG = """examples:
  python -m pipeline                                    raw/ -> outputs/
  python -m pipeline --input articles --output tables --workers 4
  python -m pipeline --input articles --output tables --format sqlite
  python -m pipeline evaluate --gold gold.jsonl --output tables --detail
  python -m pipeline browse --output tables --port 8001"""


def _positive_int(value: str) -> int:
    number = int(value.replace(",", "").replace("_", ""))
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive number of characters, not {value}")
    return number


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", type=Path, default=Path("raw"),
                        help="folder of articles, read recursively; a .jsonl, .csv or .parquet file with a "
                             "text, content or body field is a corpus, one article per record; a manifest "
                             "FOLDER.SOURCE.md beside it (a table of ids and addresses) gives each article its "
                             "url (default: raw)")
    parser.add_argument("--output", type=Path, default=Path("outputs"),
                        help="folder for the tables, created if missing (default: outputs)")
    parser.add_argument("--tokenizer", choices=[t.value for t in Tokenizer], default=Tokenizer.UNDERTHESEA.value,
                        help="word segmenter and POS tagger (default: underthesea)")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="processes on this machine, each loading the models once (default: one per core)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on a Dask distributed cluster, e.g. tcp://10.0.0.5:8786 (see README)")
    parser.add_argument("--format", choices=list(FORMATS), default="csv",
                        help="csv: tables as CSV, UTF-8 with BOM (the default); parquet: Parquet instead of CSV; "
                             "sqlite: CSV and pipeline.db (typed, indexed, full-text search); "
                             "xlsx: CSV and pipeline.xlsx (one sheet per table, text kept as text)")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="skip documents whose content and pipeline version are unchanged since a run "
                             "with the same cache folder (off by default)")
    parser.add_argument("--max-chars", type=_positive_int, default=MAX_CHARS, metavar="N",
                        help="refuse (with an error row) a document whose text is longer than N characters "
                             f"(default: {MAX_CHARS:,})")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_run_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", help="run the pipeline (the default command)", description=DESCRIPTION)
    _add_run_options(run)
    evaluate = commands.add_parser("evaluate", help="score a finished run against a gold file",
                                   description="Precision, recall and F1 for officials, provinces, dates, "
                                               "slogans and statements; accuracy for titles, level, office_province, "
                                               "published, title, doc_province and cleaning, by the rules of the "
                                               "output contract.")
    evaluate.add_argument("--gold", type=Path, required=True, help="gold file, JSON Lines")
    evaluate.add_argument("--output", type=Path, default=Path("outputs"),
                          help="folder of a finished run's tables (default: outputs)")
    evaluate.add_argument("--detail", action="store_true", help="list every miss and every false hit")
    browse = commands.add_parser("browse", help="browse a finished run's tables in a web browser (Datasette)",
                                 description="Serve a finished run's tables with Datasette on 127.0.0.1: facet, "
                                             "filter, full-text search of sentences and statements, SQL. Builds "
                                             "pipeline.db from the tables when it is missing or older.")
    browse.add_argument("--output", type=Path, default=Path("outputs"),
                        help="folder of a finished run's tables (default: outputs)")
    browse.add_argument("--port", type=int, default=8001, help="port on 127.0.0.1 (default: 8001)")
    return parser


def _run(args) -> int:
    from .runner import run

    if not args.input.is_dir():
        print(f"error: input folder {args.input} does not exist or is not a folder", file=sys.stderr)
        return 2
    try:
        summary = run(args.input, args.output, Tokenizer(args.tokenizer), progress=not args.quiet,
                      workers=max(1, args.workers), scheduler=args.scheduler, fmt=args.format, cache_dir=args.cache,
                      max_chars=args.max_chars)
    except OSError as exc:
        if args.scheduler and not isinstance(exc, PermissionError):
            print(f"error: cannot reach the Dask scheduler at {args.scheduler} ({exc}): is it running?",
                  file=sys.stderr)
        else:
            print(f"error: cannot write the tables to {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the previous tables, if any, are left as they were", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug in the run itself; documents' own failures never get here
        print(f"error: the run failed ({type(exc).__name__}: {exc}); the previous tables are left as they "
              "were; please report this", file=sys.stderr)
        return 1
    print(f"{summary.text}; tables, people and report.html in {summary.output_dir}/")
    return 0


def _evaluate(args) -> int:
    from .evaluation import evaluate, format_report
    from .storage import InputError, has_run

    if not args.gold.is_file():
        print(f"error: gold file {args.gold} not found", file=sys.stderr)
        return 2
    if not has_run(args.output):
        print(f"error: no finished run in {args.output} (no documents table): run the pipeline first",
              file=sys.stderr)
        return 2
    try:
        report = evaluate(args.gold, args.output)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_report(report, args.detail))
    return 0


def _browse(args) -> int:
    from .browse import BrowseError, serve

    try:
        serve(args.output, args.port)
    except BrowseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "browse":
        return _browse(args)
    return _run(args)
