"""Lines of a text page and their codes: offsets, indents, blank lines, bullets, and
the bits each of them sets in a line's shape and page codes."""

from __future__ import annotations

from newstrace.extract.textpage.features import PAGE_SPAN, page_codes
from newstrace.extract.textpage.lines import Line, split_lines, split_page

# Empty lines, a line of spaces and tabs, indented and trailing whitespace, bullets.
PAGE = "\n\nTitle here\n  Indented line  \n\n \t \n• Bullet item\n   - Dashed item\n•\nLast\n"


def test_lines_keep_offsets_indents_bullets_and_blank_lines() -> None:
    assert split_lines(PAGE) == [
        Line(2, 12, "Title here", 0, False, True),
        Line(15, 28, "Indented line", 2, False, False),
        Line(38, 49, "Bullet item", 0, True, True),
        Line(55, 66, "Dashed item", 3, True, False),
        Line(67, 68, "•", 0, False, False),
        Line(69, 73, "Last", 0, False, False),
    ]
    for line in split_lines(PAGE):
        assert PAGE[line.start : line.end] == line.text


def test_blank_and_whitespace_lines_are_no_lines() -> None:
    assert split_lines("") == []
    assert split_lines("\n \n\t\n") == []
    after_spaces = [Line(0, 1, "a", 0, False, True), Line(4, 5, "b", 0, False, True)]
    assert split_lines("a\n \nb") == after_spaces
    after_empty = [Line(0, 1, "a", 0, False, True), Line(3, 4, "b", 0, False, True)]
    assert split_lines("a\n\nb") == after_empty
    assert split_lines("a\nb")[1] == Line(2, 3, "b", 0, False, False)


def _page_bits(code: int) -> int:
    return code % PAGE_SPAN


def _shape_flags(code: int) -> int:
    """Bullet (8), blank before (4), furniture phrase (2) and repeated (1) bits."""
    return (code // PAGE_SPAN) % 16


def test_codes_carry_bullet_blank_indent_and_sentence_bits() -> None:
    page = (
        "Some words here\n"
        "  An indented sentence.\n"
        "• A bullet sentence.\n"
        "\n"
        "    • An indented bullet\n"
        "Trailing off...\n"
    )
    codes = page_codes(split_page(page)).codes
    # Blank before: the first line and the line after the blank one.
    assert [_shape_flags(code) & 4 for code in codes] == [4, 0, 0, 4, 0]
    assert [_shape_flags(code) & 8 for code in codes] == [0, 0, 8, 8, 0]
    # Indented: only lines that are indented and no list item.
    assert [_page_bits(code) & 1 for code in codes] == [0, 1, 0, 0, 0]
    # Ends a sentence: a full stop does, an ellipsis and a bare word do not.
    assert [_page_bits(code) & 2 for code in codes] == [0, 2, 2, 0, 0]


def test_page_lines_hold_the_same_lines_as_columns() -> None:
    columns = split_page(PAGE)
    assert columns.page == PAGE
    assert len(columns) == 6
    assert columns.texts == [
        "Title here",
        "Indented line",
        "Bullet item",
        "Dashed item",
        "•",
        "Last",
    ]
    assert columns.starts == [2, 15, 38, 55, 67, 69]
    assert columns.indents == [0, 2, 0, 3, 0, 0]
    assert columns.bullets == [False, False, True, True, False, False]
    assert columns.blank_before == [True, False, True, False, False, False]
    assert [columns[i] for i in range(len(columns))] == split_lines(PAGE)
    assert columns.lines() == split_lines(PAGE)
    assert [columns.end(i) for i in range(len(columns))] == [12, 28, 49, 66, 68, 73]
    assert len(split_page("\n \n")) == 0
