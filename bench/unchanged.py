"""Save every page's Article JSON, or compare it with a saved copy.

Speed work must leave output unchanged: `--save` on the code before a change,
`--check` after it (`textpage_speed`, `html_speed`). The copy is kept outside
the repository, since it holds third-party text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["check_outputs", "save_outputs"]


def save_outputs(outputs: dict[str, Any], path: Path) -> int:
    path.write_text(json.dumps(outputs, ensure_ascii=False), encoding="utf-8")
    print(f"saved {len(outputs)} articles to {path}")
    return 0


def check_outputs(outputs: dict[str, Any], path: Path) -> int:
    """Print the pages (and their fields) that differ from the copy at `path`; 1 if any do."""
    baseline = json.loads(path.read_text(encoding="utf-8"))
    current = json.loads(json.dumps(outputs, ensure_ascii=False))
    differing = sorted(
        key for key in baseline.keys() | current.keys() if baseline.get(key) != current.get(key)
    )
    for key in differing[:20]:
        before, after = baseline.get(key) or {}, current.get(key) or {}
        fields = sorted(f for f in before.keys() | after.keys() if before.get(f) != after.get(f))
        print(f"differs: {key} ({', '.join(fields)})")
    print(f"{len(current) - len(differing)}/{len(current)} pages identical to {path}")
    return 1 if differing else 0
