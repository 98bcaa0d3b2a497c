from __future__ import annotations

from pathlib import Path

import pytest

WHOLE_PAGE = """Skip to content
  • Home
  • Politics
  • Sport
Subscribe now

Council votes to reopen the old river bridge to cyclists

By Marta Jensen
June 3, 2024 10:15 CEST

Share on Facebook
Share on X

The city council voted on Monday to reopen the old river bridge to cyclists and pedestrians after two years of repairs, ending a long dispute over its future.

The bridge, built in 1911, was closed in 2022 when inspectors found corrosion in two of its steel arches. Repairs cost the city about 4 million euros, the council said.

"It is a relief for everyone who crosses the river every day," said deputy mayor Lars Holm, who led the repair programme.

Cars will remain banned from the bridge, and a speed limit for bicycles will be enforced with new signs, the council added.

Related
  • New tram line opens in the east
  • Parking fees rise in the centre

© 2024 Riverside Courier. All rights reserved.
  • Privacy
  • Terms
"""

CLEAN_BODY = """The harvest in the valley began two weeks early this year, growers said.

"We have never picked grapes in August before," said one of them.

Rain in spring and a hot summer made the fruit ripen fast.
"""


@pytest.fixture
def whole_page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(WHOLE_PAGE, encoding="utf-8")
    return path


@pytest.fixture
def clean_body(tmp_path: Path) -> Path:
    path = tmp_path / "body.txt"
    path.write_text(CLEAN_BODY, encoding="utf-8")
    return path
