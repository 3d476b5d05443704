"""`python -m generator check|show|build`: one line per problem, a summary, exit codes a script can use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import generator.__main__ as cli
from generator.__main__ import main
from generator.data import DATA_DIR, ArchiveData
from tests.helpers import AR_BODY, FR_BODY

GOOD_FR = f"Lavrov et Kerry se rencontrent à Genève\n\nPublié le 12 février 2016\n\n{FR_BODY}\n"
GOOD_AR = f"لافروف وكيري يلتقيان في جنيف\n\n{AR_BODY}\n"
BAD_DATE = "---\nsource: AFP\ndate: 2016-02-31\n---\n" + GOOD_FR


@pytest.fixture(autouse=True)
def _loaded_once(data: ArchiveData, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gazetteers take most of a second to load: reuse the session's copy."""
    real = cli.load_data
    monkeypatch.setattr(cli, "load_data", lambda path: data if path == DATA_DIR else real(path))


def _seeds(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "seeds"
    root.mkdir()
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_check_lists_every_problem_and_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = _seeds(tmp_path, {"a.txt": GOOD_FR, "b.txt": GOOD_AR, "c.txt": BAD_DATE, "d.md": "x", "e.txt": ""})
    assert main(["--seeds", str(seeds), "check"]) == 1
    out, err = capsys.readouterr()
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert errors == [
        'error: seeds/c.txt:3: date "2016-02-31" is not a real day — correct the day or month',
        "error: seeds/d.md: not a .txt file — rename it to .txt or move it out of seeds/",
        "error: seeds/e.txt: file is empty — write the headline on the first line, then the article",
    ]
    assert "note: seeds/b.txt: no publication date found — add 'date: YYYY-MM-DD'" in err
    assert (
        out.strip() == "5 seeds: 2 published, 3 rejected; notes: 1 × body is very short, 1 × no publication date found"
    )


def test_check_passes_on_good_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = _seeds(tmp_path, {"a.txt": GOOD_FR})
    assert main(["--seeds", str(seeds), "check"]) == 0
    assert "error:" not in capsys.readouterr().err


def test_show_prints_one_seed_and_only_its_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = "---\nslug: geneve\nredirect_from: [ancienne-adresse]\n---\n"
    seeds = _seeds(tmp_path, {"a.txt": front + GOOD_AR, "bad.txt": BAD_DATE})
    assert main(["--seeds", str(seeds), "show", "a.txt"]) == 0
    out, err = capsys.readouterr()
    fields = json.loads(out)
    assert (fields["slug"], fields["redirect_from"], fields["lang"]) == ("geneve", ["ancienne-adresse"], "ar")
    assert "bad.txt" not in err
    assert main(["--seeds", str(seeds), "show", "bad.txt"]) == 1
    assert "seeds/bad.txt:3: date" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["../secret.txt", "/etc/passwd", "missing.txt"])
def test_show_refuses_names_outside_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    (tmp_path / "secret.txt").write_text(GOOD_FR, encoding="utf-8")
    seeds = _seeds(tmp_path, {"a.txt": GOOD_FR})
    assert main(["--seeds", str(seeds), "show", name]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: seeds/") and "Traceback" not in err


def test_build_writes_pages_and_removes_stale_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = _seeds(tmp_path, {"old.txt": GOOD_FR})
    docs = tmp_path / "docs"
    assert main(["--seeds", str(seeds), "build", "--docs", str(docs)]) == 0
    first = (docs / "articles" / "old.md").read_bytes()
    (seeds / "old.txt").rename(seeds / "new.txt")
    assert main(["--seeds", str(seeds), "build", "--docs", str(docs)]) == 0
    assert not (docs / "articles" / "old.md").exists()
    assert (docs / "articles" / "new.md").read_bytes() == first.replace(b"seed: old.txt", b"seed: new.txt")
    assert "1 seeds: 1 published, 0 rejected" in capsys.readouterr().out


def test_missing_seeds_folder_is_an_error_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--seeds", str(tmp_path / "nope"), "check"]) == 2
    assert "seeds folder not found" in capsys.readouterr().err


def test_bad_data_folder_stops_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = _seeds(tmp_path, {"a.txt": GOOD_FR})
    (tmp_path / "data").mkdir()
    assert main(["--seeds", str(seeds), "--data", str(tmp_path / "data"), "check"]) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_runs_as_a_module_on_a_console_without_unicode(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, {"a.txt": GOOD_AR, "b.txt": "عنوان فقط\n"})
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--seeds", str(seeds), "check"],
        capture_output=True,
        env={"PYTHONIOENCODING": "ascii", "PATH": "/usr/bin:/bin"},
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 1
    err = result.stderr.decode("ascii")
    assert "Traceback" not in err
    assert "error: seeds/b.txt:1: headline with no body" in err
