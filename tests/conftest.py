"""Shared fixtures: the project's seed articles, their gold answers, and one run of the
pipeline over them (the run is the expensive part, so it is made once per session)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest

import pipeline
from pipeline.sentences import split_sentences
from pipeline.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
DATA = Path(__file__).resolve().parent / "data"
# PIPELINE_INSTALLED=1 (make plain-install): test the installed package, not this checkout's source
INSTALLED = bool(os.environ.get("PIPELINE_INSTALLED"))
CLI_CWD = Path(tempfile.gettempdir()) if INSTALLED else ROOT
if INSTALLED and Path(pipeline.__file__).resolve().parent == ROOT / "pipeline":
    raise RuntimeError(f"PIPELINE_INSTALLED is set but pipeline is imported from this checkout ({pipeline.__file__}): "
                       "run pytest from the tests folder")


def _find_shared() -> Path:
    """The workspace's shared folder: $PIPELINE_SHARED, beside this checkout, or beside the
    repository this checkout was cloned from (a fresh clone in a temporary folder)."""
    candidates = [Path(os.environ["PIPELINE_SHARED"])] if os.environ.get("PIPELINE_SHARED") else []
    candidates.append(ROOT.parent / "shared")
    origin = subprocess.run(["git", "config", "--get", "remote.origin.url"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    if origin and "://" not in origin:
        candidates.append(Path(origin).resolve().parent / "shared")
    return next((c for c in candidates if c.is_dir()), candidates[0])


SHARED = _find_shared()


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Windows-1258 as legacy software wrote it: base letters precomposed, tone marks apart."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out += (base + "".join(c for c in parts if c in TONE_MARKS)).encode("cp1258")
    return out


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    assert found, "headless Chromium is needed for this test: `make test` installs Debian's chromium"
    return found


def run_cli(*args: str, cwd: Path = CLI_CWD) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=900)


@pytest.fixture(scope="session")
def seeds_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds_out")
    result = run_cli("--input", str(RAW), "--output", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def analysed():
    """Sentences and tokens of a text, as the extract stage receives them."""

    def analyse(text: str):
        sentences = split_sentences(text)
        return sentences, tokenize(text, sentences)

    return analyse
