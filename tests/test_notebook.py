"""The notebook runs top to bottom on a run's tables and draws its plots."""
import nbformat
from nbclient import NotebookClient

from conftest import ROOT


def test_the_notebook_runs_top_to_bottom_with_plots(seeds_output, monkeypatch):
    monkeypatch.setenv("PIPELINE_OUTPUTS", str(seeds_output))
    notebook = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    images = [output for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.get("outputs", []) if "image/png" in output.get("data", {})]
    assert len(images) >= 3
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
