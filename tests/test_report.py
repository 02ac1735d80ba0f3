"""The run report: written at the end of every run, self-contained, and rendered by a real
browser (headless Chromium)."""
import re
import subprocess

from conftest import CHROMIUM_FLAGS, chromium


def test_the_report_is_self_contained(seeds_output):
    page = (seeds_output / "report.html").read_text(encoding="utf-8")
    assert "<svg" in page and "Top officials" in page and "Slogans by province" in page
    assert "Phan Việt Cường" in page and "Dân vận khéo" in page
    assert not re.search(r"(src|href)=['\"]?(https?:)?//", page), "the report must not load anything"


def test_the_report_renders_in_headless_chromium(seeds_output, tmp_path):
    page = (seeds_output / "report.html").resolve()
    common = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "Run report" in dom.stdout and dom.stdout.count("<svg") >= 4
    shot = tmp_path / "report.png"
    result = subprocess.run([*common, f"--screenshot={shot}", "--window-size=1000,1600", page.as_uri()],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and shot.exists()
    assert shot.stat().st_size > 20_000  # a rendered page with charts, not a blank one
