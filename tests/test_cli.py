from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newstrace.cli import main


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_extract_writes_one_json_line_per_input(
    whole_page: Path, clean_body: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(whole_page), str(clean_body)]) == 0
    out, err = capsys.readouterr()
    records = _records(out)
    assert [r["source"] for r in records] == [str(whole_page), str(clean_body)]
    page = records[0]
    assert page["title"] == "Council votes to reopen the old river bridge to cyclists"
    assert "Share on Facebook" not in page["text"]
    assert "deputy mayor Lars Holm" in page["text"]
    assert "2 inputs: 2 articles" in err


def test_extract_walks_directories_and_writes_to_a_file(
    whole_page: Path, clean_body: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--jobs", "2"]) == 0
    sources = [r["source"] for r in _records(out.read_text(encoding="utf-8"))]
    assert sorted(sources) == sorted([str(clean_body), str(whole_page)])


def test_files_skipped_in_a_directory_are_counted_in_the_summary(
    whole_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a page")
    assert main(["extract", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert len(_records(out)) == 1
    assert "1 files in directories skipped as not text pages" in err


def test_plain_keeps_the_file_exactly_so_offsets_refer_to_it(
    clean_body: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--plain", str(clean_body)]) == 0
    [record] = _records(capsys.readouterr().out)
    original = clean_body.read_text(encoding="utf-8")
    assert record["text"] == original
    spans = record["paragraphs"]
    assert isinstance(spans, list)
    assert [original[p["start"] : p["end"]] for p in spans] == [
        block.strip() for block in original.split("\n\n")
    ]


def test_stdin_is_read_with_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], whole_page: Path
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(whole_page.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["extract", "-"]) == 0
    [record] = _records(capsys.readouterr().out)
    assert record["source"] == "-"
    assert record["authors"] == ["Marta Jensen"]


def test_a_bad_input_is_a_record_with_a_problem_and_the_batch_goes_on(
    whole_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(missing), str(whole_page)]) == 0
    out, err = capsys.readouterr()
    first, second = _records(out)
    assert first["source"] == str(missing)
    assert first["problems"] and first["problems"][0]["stage"] == "read"  # type: ignore[index]
    assert str(missing) in first["problems"][0]["message"]  # type: ignore[index]
    assert second["problems"] == []
    assert "problems" in err


def test_exit_status_is_one_when_nothing_could_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 1
    assert "1 inputs" in capsys.readouterr().err
    binary, empty = tmp_path / "binary.txt", tmp_path / "empty.txt"
    binary.write_bytes(bytes(range(256)) * 16)
    empty.write_bytes(b"")
    assert main(["extract", str(binary), str(empty)]) == 1
    assert "undecodable: 1" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["extract"], ["extract", "x", "--jobs", "0"], ["frobnicate"]])
def test_usage_errors_exit_with_two(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_unwritable_output_is_a_usage_error(
    whole_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(whole_page), "-o", str(tmp_path / "no" / "dir.jsonl")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_demo_prints_a_summary_of_each_bundled_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.count("== ") == 3
    assert "3 inputs: 3 articles" in out


def test_the_installed_command_runs() -> None:
    command = shutil.which("newstrace") or str(Path(sys.executable).parent / "newstrace")
    result = subprocess.run([command, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("newstrace ")


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newstrace", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("newstrace ")
