"""Shared fixtures: the project's seed articles, their gold answers, and one run of the
pipeline over them (the run is the expensive part, so it is made once per session)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.sentences import split_sentences
from pipeline.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
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
