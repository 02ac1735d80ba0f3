"""All reading and writing of files: input discovery and decoding (the *read* stage), corpus
files of many records, the output tables, finished runs and gold files. No other module opens
a file of the user's.

``raw/`` is only ever read; every table is written to a temporary file and moved into
place, so an interrupted run leaves the previous complete table.
"""
from .corpora import with_texts
from .inputs import InputError, InputFile, decode, discover, html_to_text, read_bytes, read_input, suffix_of, text_of
from .outputs import TableSink, remove_stale_temporaries
from .runs import has_run, has_table, read_cached, read_gold, read_run_table, read_table, write_cached

__all__ = [
    "InputError", "InputFile", "TableSink", "decode", "discover", "has_run", "has_table", "html_to_text",
    "read_bytes", "read_cached", "read_gold", "read_input", "read_run_table", "read_table", "remove_stale_temporaries",
    "suffix_of", "text_of", "with_texts", "write_cached",
]
