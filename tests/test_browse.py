"""``python -m pipeline browse``: a finished run served by Datasette on 127.0.0.1, looked at
in headless Chromium the way an analyst would: the statements table with its title, column
notes, facets and rows; a full-text search of the sentences."""
import re
import shutil
import socket
import subprocess
import sys
import time
from urllib.parse import quote

import pytest

from conftest import CHROMIUM_FLAGS, ROOT, chromium
from pipeline.storage import read_table


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(seeds_output, tmp_path_factory):
    """A copy of the seeds run (CSV tables only, no database yet), served on a free port."""
    out = tmp_path_factory.mktemp("browse")
    for path in seeds_output.glob("*.csv"):
        shutil.copy(path, out / path.name)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "browse", "--output", str(out), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        assert server.poll() is None, server.stderr.read()
        assert time.time() < deadline, "the browse server did not start"
        time.sleep(0.3)
    yield out, f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=30)


def page_in_chromium(url: str, profile) -> str:
    result = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_statements_table_shows_who_said_what_with_its_notes_and_facets(served, tmp_path):
    out, base = served
    assert (out / "pipeline.db").is_file()  # built from the CSV tables
    page = page_in_chromium(f"{base}/pipeline/statements", tmp_path / "profile")
    statements = read_table(out / "statements.csv")
    assert "Statements" in page and "who said what" in page  # title and description
    assert "the speech verb as written" in page  # a column's note from the data dictionary
    assert f"{len(statements)} rows" in page
    assert 'id="facet-speaker"' in page and 'id="facet-kind"' in page  # facets open from the start
    for speaker in {s["speaker"] for s in statements}:
        assert speaker in page
    assert statements[0]["verb"] in page


def test_a_search_of_the_sentences_finds_the_slogan(served, tmp_path):
    out, base = served
    page = page_in_chromium(f"{base}/pipeline/sentences?_search={quote('dân vận khéo')}", tmp_path / "profile")
    found = re.search(r"(\d+) rows where search matches", page)
    assert found and int(found.group(1)) >= 5
    assert "dân vận khéo" in page.lower()


def test_browsing_a_folder_without_a_run_says_what_to_do(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "browse", "--output", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "run the pipeline first" in result.stderr
