"""Image captions and their credits in a text page.

Text dumps keep an image only as its caption, and a caption shows itself by
its credit: on the same line ("... Sergei Lavrov. AP", "... (Photo by X/Getty
Images)", "... Photo: Jane Doe", "... © Reuters / X") or on the next one
("Photo: Jane Doe, AP", "Natalie Naccache | Bloomberg | Getty Images"). Lines
that open like a caption ("File photo ...", "Representational image ...") are
captions even without a credit, and a credit line on its own is an image
without a caption.

A body sentence that names an agency ("..., Reuters reported.", "... told
AP.", "according to AP") is not a caption: a credit is set off from the text
before it by punctuation, a separator or a capitalised name, and a line that
ends in a full stop has no trailing credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from newstrace.extract.textpage.lines import PageLines
from newstrace.records import Image

__all__ = [
    "AGENCIES",
    "AGENCY_NAMES",
    "CREDIT_LABELS",
    "ENDINGS",
    "OPENINGS",
    "WIRE_AGENCIES",
    "find_captions",
]

# Wire services and picture agencies, as we spell them in a credit; credits
# may write them in other letter cases ("REUTERS", "getty").
AGENCY_NAMES: Final = (
    *("The Associated Press", "Associated Press", "AP Photo", "AP", "Reuters", "AFP", "PTI"),
    *("Getty Images", "ANI", "IANS", "EPA-EFE", "EPA", "EFE", "UPI", "dpa", "Xinhua", "Bloomberg"),
    *("Shutterstock", "iStockphoto", "iStock", "Alamy", "Unsplash", "Pexels", "Anadolu"),
    *("NurPhoto", "Kyodo", "Yonhap"),
)
_CANONICAL: Final = {name.lower(): name for name in AGENCY_NAMES} | {"getty": "Getty Images"}
AGENCIES: Final = tuple(sorted(_CANONICAL, key=len, reverse=True))
# Words that label a credit before a colon ("Photo: Jane Doe").
CREDIT_LABELS: Final = ("Photo", "Photos", "Photograph", "Image", "Picture", "Pic", "Credit")
# How caption and credit lines may open and end (any letter case): the
# cheap first test that picks the lines worth reading.
OPENINGS: Final = (
    *("File", "Representational", "Representative", "Image", "Photo", "Picture", "Pic"),
    *("Caption", "Above:", "Credit", "Courtesy", "Illustration", "©"),
    *(f"{word} image" for word in ("Main", "Featured", "Top", "Lead", "Cover")),
    *(f"In this {word}" for word in ("photo", "image", "picture", "file", "handout")),
    *(f"({word}" for word in ("Image", "Photo", "Picture", "Pic", "Credit", "Courtesy", "©")),
    *(f"({name}" for name in AGENCY_NAMES),
)
ENDINGS: Final = (")", *AGENCY_NAMES, *(name.upper() for name in AGENCY_NAMES))
_PICTURE_AGENCY: Final = re.compile(r"getty|shutterstock|istock|alamy|unsplash|pexels", re.I)
# The news agencies among them (which also source text, not only pictures).
WIRE_AGENCIES: Final = tuple(name for name in AGENCIES if not _PICTURE_AGENCY.search(name))
# An agency named inside a credit, as agencies write their names.
_AGENCY_WORD: Final = re.compile(
    r"\b(?:"
    + "|".join(re.escape(v) for name in AGENCY_NAMES for v in sorted({name, name.upper()}))
    + r")\b"
)

# "Photo: X", "Image credit: X", "Picture: Getty", "Photo by X" (labels of a credit).
_LABEL: Final = (
    r"(?:(?:main|featured|top|lead|header|cover)\s+)?"
    r"(?:(?:photo(?:graph)?|image|picture|pic|illustration)s?"
    r"(?:\s+(?:credits?|courtesy|source))?|credits?|courtesy)"
)
_LABELLED_CREDIT: Final = re.compile(rf"\(?{_LABEL}\s*(?::|\bby\b)\s*(?P<credit>.*?)\)?", re.I)
_LABELLED_END: Final = re.compile(
    rf"(?:^|(?<=[.!?)\]\"”’])\s*|\s\s+){_LABEL}\s*:\s*(?P<credit>[^:]+)$", re.I
)
_CAPTION_START: Final = re.compile(
    r"(?:file\s+(?:photo|image|picture|pic)|representational\s+(?:image|photo|picture|pic)"
    r"|representative\s+(?:image|photo|picture)|image\s+for\s+representation"
    r"|in\s+this\s+(?:file\s+)?(?:photo|image|picture|handout)"
    r"|(?:photo|image|picture|caption|pictured|above)\s*:)",
    re.I,
)
_CAPTION_LABEL: Final = re.compile(r"(?:photo|image|picture|caption|above|pictured)\s*:\s*", re.I)
_FOOTER: Final = re.compile(
    r"rights|reserved|copyright|\binc\b|\bllc\b|\bltd\b|privacy|terms", re.I
)

_CREDIT_SEPARATORS: Final = "/|,"
_BOUNDARY: Final = frozenset('.!?)]"”’|/,-–—:')
_NOT_CREDIT_END: Final = frozenset('.!?:;,"”…')
_CONNECTORS: Final = frozenset({"via", "for", "and", "of", "the", "de", "da", "di", "van", "von"})
_MAX_CAPTION: Final = 300
_MAX_CREDIT: Final = 90
_MAX_NAME_WORDS: Final = 5
_MIN_CAPTION_WORDS: Final = 4
_MAX_COPYRIGHT_WORDS: Final = 4
_LABELLED_LOWER: Final = 3
# Lines the body pass gave to furniture are never a credit's caption.
_FURNITURE: Final = frozenset(
    {"navigation", "share", "footer", "subscribe", "cookie", "comments", "advert", "tags"}
)
_CAPTION_FIRST: Final = frozenset("\"“‘'")


def _canonical(credit: str) -> str:
    return _CANONICAL.get(credit.lower(), credit)


def _has_digit(text: str) -> bool:
    """Footers carry years ("© 2024 Example Media"); credits rarely do."""
    return any(char.isdigit() for char in text)


def _normalise_credit(credit: str) -> str:
    """The credit without wrappers and labels, agencies spelled one way."""
    credit = " ".join(credit.strip(" ()[]|").split())
    label = _LABELLED_CREDIT.fullmatch(credit)
    if label and label.group("credit"):
        credit = label.group("credit").strip(" ()")
    return _canonical(credit.lstrip("© ").strip())


def _name_like(text: str, allowed_lower: int = 1) -> bool:
    """Whether `text` reads like a credit (names, agencies), not a sentence.

    `allowed_lower`: how many lower-case words it may have ("via", "for" and
    the like aside).
    """
    words = text.split()
    if not words or len(words) > 12 or len(text) > _MAX_CREDIT or text[-1] in ".!?:;":
        return False
    lower = sum(
        1
        for w in words
        if w[0].islower() and w not in _CONNECTORS and "." not in w and "/" not in w
    )
    return lower <= allowed_lower


def _is_boundary(text: str, at: int) -> bool:
    """Whether text[at] ends a caption ("easy.Kathrin", not the "H." of "H.W.")."""
    char = text[at]
    if char != ".":
        return char in _BOUNDARY or char == "("
    return not (at >= 1 and text[at - 1].isupper() and (at == 1 or not text[at - 2].isalpha()))


def _agency_at_end(text: str) -> int:
    """Where an agency name that ends `text` starts, or -1."""
    tail = text[-22:].lower()
    if not tail.endswith(AGENCIES):
        return -1
    for name in AGENCIES:
        if tail.endswith(name):
            start = len(text) - len(name)
            if start and text[start - 1].isalnum():
                return -1
            return start - 4 if text[:start].endswith(("The ", "the ")) else start
    return -1


def _extend_over_names(text: str, start: int) -> int:
    """Move `start` left over "Name /", "Name |", "Name," and "Name via" before a credit."""
    while True:
        j = start
        while j and text[j - 1] == " ":
            j -= 1
        if j and text[j - 1] in _CREDIT_SEPARATORS:
            separator = j - 1
        elif text[:j].endswith(" via"):
            separator = j - 4
        else:
            return start
        k = separator
        while k and not _is_boundary(text, k - 1):
            k -= 1
        name = text[k:separator].strip()
        if not name or len(name.split()) > _MAX_NAME_WORDS or not _name_like(name):
            return start
        start = k + (len(text[k:separator]) - len(text[k:separator].lstrip()))


def _split_agency_end(text: str) -> tuple[str, str] | None:
    """("caption", "Name/Agency") for a line that ends in an agency credit."""
    agency = _agency_at_end(text)
    if agency < 0:
        return None
    start = _extend_over_names(text, agency)
    caption = text[:start].rstrip()
    credit = text[start:agency] + _canonical(text[agency:])
    if caption and not _is_boundary(caption, len(caption) - 1):
        # No separator: "... colleague Timothy Weeks AP" is a caption, but
        # "... told AP", "according to AP", "Tom Davies AP" and "from Thomson
        # Reuters" are not.
        written = text[agency:]
        if (
            not written.isupper()
            or not caption.rsplit(None, 1)[-1][0].isupper()
            or len(caption.split()) < _MIN_CAPTION_WORDS
        ):
            return None
    return caption.rstrip(" |-–—,/("), credit.strip(" |-–—,/")


def _credit_only(text: str) -> str | None:
    """The credit, when the whole line is one ("Photo: Jane Doe, AP", "(AFP)")."""
    if len(text) > _MAX_CREDIT:
        return None
    label = _LABELLED_CREDIT.fullmatch(text)
    if label:
        credit = label.group("credit").strip(" ©")
        return _normalise_credit(text) if credit and _labelled_name(credit) else None
    bare = text.strip("()[] ")
    if bare.startswith("©"):
        rest = bare[1:].strip()
        plain = not _FOOTER.search(rest) and not _has_digit(rest)
        return _normalise_credit(rest) if plain and _name_like(rest) else None
    split = _split_agency_end(bare)
    if split and not split[0] and _name_like(bare):
        return split[1]
    return None


def _labelled_name(credit: str) -> bool:
    """After "Photo:", a credit (not "Photos: Europa, Mysterious Icy Moon of Jupiter")."""
    if len(credit.split()) > _MAX_NAME_WORDS and not any(sep in credit for sep in "/|"):
        return bool(_AGENCY_WORD.search(credit)) and _name_like(credit)
    return _name_like(credit, allowed_lower=_LABELLED_LOWER)


def _strong_credit(text: str, credit: str) -> bool:
    """Whether a credit line alone is an image (not a byline, source or footer line)."""
    if text.lstrip("( ").startswith("©"):
        return len(credit.split()) <= _MAX_COPYRIGHT_WORDS
    return bool(
        _LABELLED_CREDIT.fullmatch(text)
        or _PICTURE_AGENCY.search(credit)
        or any(sep in credit for sep in _CREDIT_SEPARATORS)
    )


def _split_paren_credit(text: str) -> tuple[str, str] | None:
    open_at = text.rfind("(")
    inner = text[open_at + 1 : -1].strip()
    if open_at <= 0 or not inner or len(inner) > _MAX_CREDIT:
        return None
    labelled = _LABELLED_CREDIT.fullmatch(inner)
    if (labelled and labelled.group("credit")) or inner.startswith("©"):
        return text[:open_at].rstrip(), _normalise_credit(inner)
    if _name_like(inner) and _AGENCY_WORD.search(inner):
        return text[:open_at].rstrip(), _normalise_credit(inner)
    return None


def _split_trailing_credit(text: str) -> tuple[str, str] | None:
    """Caption text and credit of a line that ends in a credit, if it does."""
    last = text[-1]
    if last in _NOT_CREDIT_END:
        return None
    if last == ")":
        return _split_paren_credit(text)
    copyright_at = text.rfind("©", max(0, len(text) - _MAX_CREDIT))
    if copyright_at > 0:
        credit = text[copyright_at + 1 :].strip()
        if _name_like(credit) and not _FOOTER.search(text) and not _has_digit(credit):
            return text[:copyright_at].rstrip(), _normalise_credit(credit)
        return None
    if ":" in text[-_MAX_CREDIT:]:
        labelled = _LABELLED_END.search(text, max(0, len(text) - _MAX_CREDIT - 30))
        if labelled and _name_like(labelled.group("credit").strip()):
            return text[: labelled.start()].rstrip(), _normalise_credit(labelled.group("credit"))
    if last.isalpha():
        return _split_agency_end(text)
    return None


def _caption_like(text: str) -> bool:
    return len(text.split()) >= 2 and len(text) <= _MAX_CAPTION and text[-1] != ":"


def _clean_caption(text: str) -> str:
    label = _CAPTION_LABEL.match(text)
    return text[label.end() :] if label else text


def _read_line(text: str) -> tuple[str | None, str | None] | None:
    """(caption, credit) when the line is a caption or a credit, else None."""
    if len(text) > _MAX_CAPTION:
        return None
    credit = _credit_only(text)
    if credit is not None:
        return None, credit
    split = _split_trailing_credit(text)
    if split and _caption_like(split[0]):
        return _clean_caption(split[0]), split[1]
    if _CAPTION_START.match(text) and _caption_like(text):
        return _clean_caption(text), None
    return None


def _pairs_with(lines: PageLines, credit_line: int, label: str, taken: frozenset[str]) -> bool:
    """Whether the line before `credit_line` is its caption; `label` is that line's."""
    text = lines.texts[credit_line - 1]
    return (
        not lines.blank_before[credit_line]
        and label not in taken
        and label not in _FURNITURE
        and (text[0].isalpha() or text[0] in _CAPTION_FIRST)
        and len(text.split()) >= _MIN_CAPTION_WORDS - 1
        and _caption_like(text)
        and not text.lower().startswith("by ")
        and not _FOOTER.search(text)
    )


def find_captions(
    lines: PageLines, labels: list[str], candidates: Iterable[int], taken: frozenset[str]
) -> list[Image]:
    """The images shown on the `candidates` lines; those are relabelled ``caption``.

    A caption may also be the line before a candidate that is only a credit.
    Lines whose label is in `taken` (header lines, other structure) are left.
    """
    images: list[Image] = []
    image_line = -2
    for i in candidates:
        if labels[i] in taken:
            continue
        text = lines.texts[i]
        found = _read_line(text)
        if found is None:
            continue
        caption, credit = found
        if caption is not None:
            images.append(Image(caption, credit))
        elif image_line == i - 1 and images[-1].credit in (None, credit):
            # "Above: A WeWork space." then "Image Credit: WeWork", or a
            # gallery repeating the credit line: still the same image.
            images[-1] = Image(images[-1].caption, credit)
        elif image_line != i - 1 and i and _pairs_with(lines, i, labels[i - 1], taken):
            labels[i - 1] = "caption"
            images.append(Image(_clean_caption(lines.texts[i - 1]), credit))
        elif credit and not lines.bullets[i] and _strong_credit(text, credit):
            images.append(Image(None, credit))
        else:
            continue
        labels[i] = "caption"
        image_line = i
    # Galleries repeat a caption and its credit: one image each.
    return list(dict.fromkeys(images))
