"""``python -m pipeline browse``: a finished run's tables in a web browser, served by
Datasette on this machine only (127.0.0.1): filter, facet, sort, search the sentences and
statements, and write SQL. Titles, descriptions and column notes come from the data
dictionary; ``pipeline.db`` is built from the run's tables when it is missing or older.
"""
from __future__ import annotations

import socket
from pathlib import Path

from .people import OFFICE_COLUMNS, PEOPLE_COLUMNS
from .storage.database import DATABASE_NAME
from .tables import COLUMNS, TYPES, data_dictionary

HOST = "127.0.0.1"
DEFAULT_PORT = 8001
FACETS = {
    "documents": ["province", "status"],
    "officials": ["level", "office_province"],
    "provinces": ["province", "province_2025"],
    "dates": ["granularity"],
    "slogans": ["slogan", "known"],
    "statements": ["speaker", "kind"],
    "people": ["provinces"],
    "offices": ["level", "office_province"],
}


def all_columns() -> dict[str, list[str]]:
    return {**COLUMNS, "people": PEOPLE_COLUMNS, "offices": OFFICE_COLUMNS}


class BrowseError(Exception):
    """Why the tables cannot be served; the message says what to do."""


def datasette_metadata() -> dict:
    """Datasette's metadata: each table titled, described and its columns explained, with
    facets on province, level, slogan and speaker."""
    tables = {}
    for name, doc in data_dictionary().items():
        tables[name] = {
            "title": f"{name.capitalize()}: {doc.description}" if doc.description else name.capitalize(),
            "description": doc.description,
            "columns": {c.name: c.meaning.replace("`", "") for c in doc.columns},
            "facets": FACETS.get(name, []),
        }
    return {
        "title": "Vietnamese news on mass mobilisation, as tables",
        "description": "Who said what, in which province, when, and under which slogan: the tables of one "
                       "pipeline run. Search the sentences and statements, facet and filter any table, or write SQL.",
        "databases": {Path(DATABASE_NAME).stem: {"tables": tables}},
    }


def database_for(output_dir: Path) -> Path:
    """The run's ``pipeline.db``, built from its tables when missing or older than they are."""
    from .storage import has_run
    from .storage.database import database_from_run

    if not has_run(output_dir):
        raise BrowseError(f"no finished run in {output_dir} (no documents table): run the pipeline first, "
                          f"e.g. python -m pipeline --output {output_dir}")
    database = output_dir / DATABASE_NAME
    newest = max(p.stat().st_mtime for p in output_dir.glob("documents.*") if p.suffix in (".csv", ".parquet"))
    if not database.is_file() or database.stat().st_mtime < newest:
        database_from_run(output_dir, all_columns(), all_columns(), TYPES)
    return database


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def serve(output_dir: Path, port: int = DEFAULT_PORT) -> None:
    """Serve the run's database until interrupted (Ctrl+C)."""
    try:
        import uvicorn
        from datasette.app import Datasette
    except ImportError:
        raise BrowseError("browsing needs Datasette: pip install '.[browse]' (or run: make browse)") from None
    database = database_for(output_dir)
    if not _port_is_free(port):
        raise BrowseError(f"port {port} on {HOST} is in use: choose another with --port")
    app = Datasette(immutables=[str(database)], metadata=datasette_metadata(),
                    settings={"default_page_size": 50, "facet_time_limit_ms": 1000, "sql_time_limit_ms": 5000})
    print(f"serving {database} at http://{HOST}:{port}/{database.stem} (Ctrl+C to stop)", flush=True)
    uvicorn.run(app.app(), host=HOST, port=port, log_level="warning")
