"""How many wcxb ground-truth publish dates appear on the page text at all.

    python -m bench.date_coverage

A text-only extractor cannot find a date the page text does not show (many
come from HTML metadata only). This counts the dated wcxb pages whose text
holds the truth's date in a common spelling (ISO, numeric with / . -, "April
12, 2022", "12 April 2022", abbreviated months), an upper bound for the
publish-day score of any text-only method that looks for full dates.
"""

from __future__ import annotations

import re

from bench.datasets import data_missing, wcxb_pages

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _shown(text: str, year: int, month: int, day: int) -> bool:
    numeric = [
        f"{year}-{month:02d}-{day:02d}", f"{year}/{month:02d}/{day:02d}",
        f"{month}/{day}/{year}", f"{month:02d}/{day:02d}/{year}", f"{day:02d}/{month:02d}/{year}",
        f"{day}/{month}/{year}", f"{day:02d}.{month:02d}.{year}", f"{day}.{month}.{year}",
        f"{month}/{day}/{year % 100:02d}", f"{day:02d}-{month:02d}-{year}",
    ]  # fmt: skip
    if any(form in text for form in numeric):
        return True
    name = _MONTHS[month - 1]
    month_first = rf"\b(?:{name}|{name[:3]}\.?)\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}"
    day_first = rf"\b0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{name}|{name[:3]}\.?),?\s+{year}"
    return bool(re.search(f"{month_first}|{day_first}", text, re.IGNORECASE))


def main() -> int:
    missing = data_missing("wcxb")
    if missing:
        print(missing)
        return 2
    dated = shown = 0
    for page in wcxb_pages():
        parts = (page.published_day or "")[:10].split("-")
        if len(parts) != 3:
            continue
        dated += 1
        shown += _shown(page.pagetext(), *map(int, parts))
    print(f"{shown} of {dated} dated wcxb pages show the date in their text ({shown / dated:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
