"""`newstrace analyze`: extraction plus statements and entities, as `extract` behaves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace import analysis_steps, check_order
from newstrace.cli import main


def test_analyze_adds_statements_and_entities(
    clean_body: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", "--plain", str(clean_body)]) == 0
    out, err = capsys.readouterr()
    (record,) = [json.loads(line) for line in out.splitlines()]
    quote = next(s for s in record["statements"] if s["kind"] == "direct")
    assert quote["content"][0]["text"] == "We have never picked grapes in August before"
    assert quote["cue"]["text"] == "said"
    assert [s["cue"]["text"] for s in record["statements"] if s["kind"] == "indirect"] == ["said"]
    assert "newstrace analyze: 1 inputs: 1 articles" in err


def test_analyze_writes_to_a_file_and_fails_without_input(
    whole_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(whole_page), "-o", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    speakers = {s["speaker"]["name"] for s in record["statements"]}
    assert "Lars Holm" in speakers
    assert main(["analyze", str(tmp_path / "missing.txt")]) == 1
    capsys.readouterr()


def test_analysis_steps_are_in_a_valid_order() -> None:
    steps = analysis_steps()
    check_order(steps)
    assert [s.name for s in steps][:2] == ["extract", "statements"]
