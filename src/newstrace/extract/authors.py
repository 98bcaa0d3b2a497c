"""Author names out of a byline: split, cleaned, and checked to look like names.

A byline as printed carries more than names: "By" and its translations, job
titles ("Audrey Huang, Print Managing Editor"), credentials ("MD, RD"),
affiliations after a title ("Jane Roe, Senior Director, Acme Institute"),
agency boilerplate ("with inputs from agencies"), reading times, comment
counts and sections glued on ("Friday Philosophy • David Gordon"). Dates are
cut off by the caller. `byline_cue` finds an explicit byline, `clean_byline`
turns byline text into names, and `looks_like_name` tells a name from the
other short lines of a page.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "CUE_STARTS",
    "CUE_WORDS",
    "CUE_WORD_CHARS",
    "byline_cue",
    "clean_byline",
    "looks_like_given_name",
    "looks_like_name",
]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "By", "Written by", "Author:", and the usual words in a few other languages.
_CUE: Final = re.compile(
    r"^(?:(?:(?:written|words|story|text|reporting|report|posted|published|article|blog|guide)\s+by"
    r"|by|(?P<foreign>von|par|por|door))(?::|\s+)|by(?-i:(?=[A-Z][a-z]))"
    r"|(?:authors?|writers?|written\s+by|byline|reporter|contributors?|autor|auteur)\s*:\s*)",
    re.IGNORECASE,
)
# The first two letters of the cues above, as lines start with them ("by", "By", "BY"):
# lines starting otherwise are not tried.
CUE_STARTS: Final = frozenset(
    variant
    for start in (
        "by",
        "wr",
        "wo",
        "st",
        "te",
        "re",
        "po",
        "pu",
        "co",
        "gu",
        "ar",
        "bl",
        "au",
        "vo",
        "pa",
        "do",
    )
    for variant in (start, start.title(), start.upper())
)
# The words `_CUE` starts with, by their first two letters.
_CUE_WORD_LIST: Final = (
    "by",
    "written",
    "words",
    "story",
    "text",
    "reporting",
    "report",
    "posted",
    "published",
    "article",
    "blog",
    "guide",
    "von",
    "par",
    "por",
    "door",
    "author",
    "writer",
    "byline",
    "reporter",
    "contributor",
    "autor",
    "auteur",
)
CUE_WORDS: Final = {
    start: tuple(word for word in _CUE_WORD_LIST if word.startswith(start))
    for start in {variant.lower() for variant in CUE_STARTS}
}
CUE_WORD_CHARS: Final = max(len(word) for words in CUE_WORDS.values() for word in words)
# A byline is a short line; a longer one starting "By ..." is a sentence.
_MAX_BYLINE_CHARS: Final = 300
# Phrases naming someone who is not the author: a byline is cut where one starts.
_NOT_AUTHOR: Final = re.compile(
    r"\b(?:(?:medically|fact|expert)[\s-]+(?:reviewed|checked)|reviewed|edited|photos?|photography"
    r"|illustrations?|images?|video|produced|designed|sponsored|powered|presented|brought\s+to"
    r"\s+you|supported|hosted|translated|curated|narrated)\s+by\b",
    re.IGNORECASE,
)
_BOILERPLATE: Final = re.compile(
    r"\(?\b(?:with\s+(?:inputs?\s+from\s+(?:the\s+)?(?:agencies|wires?|\w+)|agency\s+inputs?)"
    r"|and\s+agencies"
    r"|\d+(?:\s*[–-]\s*\d+)?\s*(?:min(?:ute)?s?|hrs?|hours?)(?:\s*(?:read|watch|listen))?"
    r"|\d[\d,]*\s+(?:words|comments?|views|shares)|(?:no|leave\s+a)\s+comments?|view\s+comments"
    r"|(?:reading|read)\s+time)\b\)?",
    re.IGNORECASE,
)
# Where a byline's names end: a date we could not read ("on 04-ago-2021", "December 8"),
# a section ("in Budget Travel", glued: "Jane RoeIn Travel"), a place ("at Reuters").
_NAMES_END: Final = re.compile(
    r"\s+on\s+\d|(?:\s+(?:in|at)|(?<=[a-z])(?:In|At))\s+(?=[A-Z\d])"
    r"|\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
)
# What every match of `_NOT_AUTHOR` holds (the word "by" after a space), and of `_NAMES_END`
# (a digit, or "in"/"at" before a space): most bylines hold neither, and this is cheaper
# to look for.
_BY_WORD: Final = re.compile(r"\sby\b", re.IGNORECASE)
_NAMES_END_HINT: Final = re.compile(r"\d|(?:in|at|In|At)\s")
_SPLIT: Final = re.compile(r"\s*(?:[,;|•·⋅/]|\s[–—-]\s|&|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)
# Three spaces or more: inline elements a page dump joined ("Jane Roe    View Edition").
_WIDE_GAP: Final = re.compile(r"\S\s{3,}(?=\S)")
_ROLE_WORDS: Final = _wordset(
    """editor editors writer writers reporter reporters correspondent correspondents columnist
    columnists contributor contributors contributing staff senior chief deputy managing executive
    associate assistant editorial director manager head founder co-founder cofounder ceo cto cfo
    coo president vice vp analyst producer journalist author photographer intern fellow desk
    guest special political sports business news science health tech technology international
    national foreign digital online print features opinion culture bureau lead principal
    professor researcher specialist strategist consultant officer coordinator member partner
    owner freelance freelancer expert marketer marketing product content seo communications
    engineer developer designer former"""
)
# A job title is role words, joined by these ("Head of Sports and Culture").
_ROLE_OR_JOINING_WORDS: Final = _ROLE_WORDS | {"of", "and", "the"}
# Words that end a desk's name ("TOI Lifestyle Desk", "The Upwork Team"), and the topic
# words a desk's name may hold although they are no part of a person's name.
_DESK_WORDS: Final = _wordset("desk team staff newsroom editors")
_TOPIC_WORDS: Final = _wordset(
    """news business sports politics world opinion technology tech science travel food
    lifestyle entertainment culture education finance money health local national metro"""
)
# A job title glued to the name before it by a page dump ("Jane RoeFounder at Acme").
_GLUED_ROLES: Final = (
    "Founder",
    "Editor",
    "Writer",
    "Reporter",
    "Correspondent",
    "Columnist",
    "Contributor",
    "Director",
    "Manager",
    "Journalist",
    "Senior",
    "Chief",
    "Head",
    "Staff",
    "Former",
)
_GLUED_ROLE: Final = re.compile(rf"(?<=[a-z])(?=(?:{'|'.join(_GLUED_ROLES)})\b)")
# Any of them anywhere: the cheap test before `_GLUED_ROLE`.
_ANY_GLUED_ROLE: Final = re.compile("|".join(_GLUED_ROLES))
# Nouns that end a job title ("Lead Reviewer", "Trial Attorney", "Master Gardener").
_ROLE_HEADS: Final = _wordset(
    """editor writer reporter correspondent columnist contributor director manager founder
    co-founder cofounder officer analyst producer journalist photographer intern fellow attorney
    lawyer reviewer expert specialist strategist consultant coordinator engineer developer
    designer marketer scientist researcher professor president ceo cto cfo coo vp lead head
    chief partner owner nutritionist dietitian therapist physician nurse coach trainer teacher
    blogger creator host planner gardener astrologer"""
)
_PARTICLES: Final = _wordset(
    "de da das do dos di del della der den van von la le du bin bint ibn al el y ter ten st"
)
# Sort and filter menus read "By Category", "By Date": no names.
_FILTER_WORDS: Final = _wordset(
    """industry topic type date name price region location brand size color popularity
    relevance manufacturer category categories tag tags by state country city style last modified
    updated fact checked reviewed share print"""
)
# Words that do not occur in names: function words, page furniture, weekdays and months.
_NOT_NAME_WORDS: Final = _FILTER_WORDS | _wordset(
    """the this that our your my his her their a an of for to in on at with from about more
    read share comments comment min minutes updated published posted home menu search login
    subscribe follow news latest top best how what why when who new all view see sign contact
    privacy terms cookie cookies skip main content advertisement related tags categories
    category print email facebook twitter linkedin instagram whatsapp get started start now
    learn click join buy shop try download watch listen explore discover apply book call free
    back next previous page posts blog docs help support log out up is are was were here there
    press release written by inc llc ltd corp gmbh plc company services solutions health
    business sports politics world opinion technology science travel food lifestyle
    entertainment culture education finance money tips guide guides key quick fact checked
    images image photo photos reviews review takeaways insights highlights summary overview
    video videos audio podcast podcasts gallery
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december"""
)
# Endings of common nouns that surnames hardly have ("Understanding", "Solutions").
_NOUN_ENDINGS: Final = (
    "tion",
    "tions",
    "sion",
    "ment",
    "ments",
    "ness",
    "ity",
    "ogy",
    "ics",
    "ical",
    "ous",
    "ful",
)
# Function words: a lower-case byline holding one is a sentence ("By following the tips").
_FUNCTION_WORDS: Final = _wordset(
    """a an the this that these those to of in on at for with from by as is are was were be
    you your we our it its their they he she his her and or but if so not no how what which
    who when where why"""
)
# A short all-capitals token after a name is a credential ("MD", "PhD", "RD").
# ... with its field in brackets ("VTS (Behavior)").
_CREDENTIAL: Final = re.compile(
    r"^(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?D\.?|Dr\.?|Jr\.?|Sr\.?|[IV]{2,3})(?:\s*\([^()]*\))?$"
)
_TOKEN_OK: Final = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.|\(\w[\w\s]*\)|Mc\w+|d'\w+)$")
_TRAILING_BRACKET: Final = re.compile(r"\s+\([^()]*\)$")
_STRIP: Final = " .,:;-–—⋅•·|()[]\"'“”"
# Three lower-case letters then a capitalised word: words glued together, not "McDonald",
# "DeVos" or a name glued to initials ("DianaHR").
_GLUED: Final = re.compile(r"[a-z]{3}[A-Z][a-z]")


def byline_cue(text: str) -> str | None:
    """The rest of `text` after an explicit byline cue ("By ...", "Author: ..."), else None.

    The rest stops where someone else is named ("..., Reviewed by ...").
    """
    if text[:2] not in CUE_STARTS or len(text) > _MAX_BYLINE_CHARS:
        return None
    if not text[:CUE_WORD_CHARS].lower().startswith(CUE_WORDS[text[:2].lower()]):
        return None  # "Contact us", "Related": a cheap test before the regex
    match = _CUE.match(text)
    if not match or match.end() >= len(text):
        return None
    rest = text[match.end() :]
    if match["foreign"] and not looks_like_name(rest.strip()):
        return None  # "Door Check Gas Springs" is no Dutch byline
    other = _NOT_AUTHOR.search(text) if _BY_WORD.search(text) else None
    if other is not None:
        if other.start() < match.end():
            return None
        rest = text[match.end() : other.start()]
    return rest if rest.strip(_STRIP) else None


def _is_role(part: str) -> bool:
    words = part.lower().replace("&", " ").replace("-", " ").split()
    return bool(words) and _ROLE_OR_JOINING_WORDS.issuperset(words)


def _is_title_after_name(part: str) -> bool:
    """A job title following a name: role words, or ending in a role noun ("WCI Columnist")."""
    last = part.lower().replace("-", " ").split()[-1].rstrip("s")
    return _is_role(part) or last in _ROLE_HEADS or last.replace(" ", "-") in _ROLE_HEADS


def _strip_role_suffix(part: str) -> str:
    """ "Jane Roe Staff Writer" loses its trailing role words, "FP Staff" keeps them;
    "Jane Roe Jane Roe" (printed twice) is halved."""
    words = part.split()
    if words and words[-1].lower() in _DESK_WORDS and _desk(words):
        return part
    while len(words) > 2 and (_is_role(words[-1]) or words[-1].lower() in _ROLE_HEADS):
        words.pop()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    return " ".join(words)


def looks_like_name(text: str, lenient: bool = False) -> bool:
    """Whether `text` reads as a person's or a desk's name ("Jane Roe", "FP Staff").

    `lenient` (after an explicit "By") also takes handles and lower-case names. A role
    in brackets after the name is let be ("Jane Roe (Content Manager)").
    """
    if text.endswith(")"):
        text = _TRAILING_BRACKET.sub("", text) or text
    words = text.split()
    if not 1 <= len(words) <= (6 if lenient else 5) or "@" in text or "http" in text:
        return False
    if _is_role(text):
        return False
    if _desk(words):
        return True
    if lenient:
        # Handles may hold digits ("3i Global", "user42"), not only digits.
        letters = sum(map(str.isalpha, text))
        return letters >= 2 and _handle_or_name(words)
    if any(map(str.isdigit, text)):
        return False
    if len(words) == 1 or not _NOT_NAME_WORDS.isdisjoint(map(str.lower, words)):
        return False
    if any(_common_noun(word) for word in words):
        return False
    return all(_TOKEN_OK.match(word) or word in _PARTICLES for word in words)


def _desk(words: list[str]) -> bool:
    """A desk's name: a few capitalised words (a leading "The" allowed) and a desk word, or
    "Team" and a word."""
    if not 2 <= len(words) <= 5:
        return False
    if words[0] == "Team" and len(words) == 2:
        named = words[1:]  # "Team Example"
    elif words[-1].lower() not in _DESK_WORDS:
        return False
    else:
        named = words[1:-1] if words[0].lower() == "the" else words[:-1]
    return 1 <= len(named) <= 3 and all(
        word[:1].isupper()
        and word.isalpha()
        and (word.lower() not in _NOT_NAME_WORDS or word.lower() in _TOPIC_WORDS)
        and word.lower() not in _DESK_WORDS
        for word in named
    )


def looks_like_given_name(text: str) -> bool:
    """Whether `text` is one word that may be a name given alone ("Stefan", "Gabo")."""
    return (
        text.isalpha()
        and len(text) >= 3
        and text[0].isupper()
        and text[1:].islower()
        and text.lower() not in _NOT_NAME_WORDS
        and text.lower() not in _ROLE_WORDS
        and not _common_noun(text)
    )


def _common_noun(word: str) -> bool:
    """A common noun by its ending, or two words glued by the page dump ("HomeKnowledge")."""
    lowered = word.lower()
    return (
        lowered.endswith(_NOUN_ENDINGS)
        or (len(lowered) >= 9 and lowered.endswith("ing"))
        or _GLUED.search(word) is not None
    )


def _handle_or_name(words: list[str]) -> bool:
    """After an explicit "By": a name, a desk ("the Lavazza Team"), a handle ("q_admin")."""
    text = " ".join(words)
    # Initials ("A.D. Sui") may hold dots; a sentence may not.
    if any(ch in text for ch in "!?:") or any(len(w) > 4 for w in words if w.endswith(".")):
        return False
    return _FILTER_WORDS.isdisjoint(map(str.lower, words))


def _trim(part: str) -> str:
    """`part` without the punctuation around it, brackets kept when they pair up."""
    part = part.strip(_STRIP)
    if part.count("(") > part.count(")"):
        part += ")"
    return part.strip("(") if part.count(")") < part.count("(") else part


def _names(parts: list[str], lenient: bool) -> list[str]:
    """The names among byline `parts`: leading labels are skipped, a job title ends the list."""
    names: list[str] = []
    for raw in parts:
        part = _trim(raw)
        if not part or _CREDENTIAL.match(part):
            continue
        if names and part.isupper() and not names[0].isupper():
            break  # an organisation in capitals after a name ("Jane Roe   USA TODAY")
        if _is_role(part) or (names and _is_title_after_name(part)):
            if names:
                break  # what follows a job title is its organisation
            continue
        part = _strip_role_suffix(part)
        if _further_name(part, lenient) if names else looks_like_name(part, lenient):
            names.append(part)
        elif names or lenient:
            break  # after "By" the name comes first; elsewhere a label may lead
    return names


def _further_name(part: str, lenient: bool) -> bool:
    """A second or later name: a full name, or after "By" a first name ("Maria & Katerina")."""
    words = part.split()
    if len(words) > 1 or not lenient:
        return looks_like_name(part)
    return looks_like_name(part, lenient) and words[0].lower() not in _NOT_NAME_WORDS


def _sentence(text: str) -> bool:
    """Whether byline text after "By" is a sentence ("By mail, send the form to ...").

    A lower-case start is a handle ("By uclahealth") only when nothing follows it.
    """
    words = text.split()
    if words[0] == "the" and len(words) == 2:
        return True  # "By the way", "By the Numbers": a heading, not a desk ("the Example Team")
    if words[0] == "the" and len(words) > 1 and words[1][:1].isupper():
        return False
    return words[0][:1].islower() and (len(words) > 2 or "," in text)


def clean_byline(text: str, lenient: bool = False) -> tuple[str, ...]:
    """The author names in byline text whose cue and dates are already cut off.

    "Jane Roe, Staff Writer" gives one name, "A, B and C" three; `lenient` as
    in `looks_like_name`. Empty when the text does not read as names.
    """
    # Both looks are costly regexes; a cheaper test rules most bylines out first.
    if "  " in text or "\xa0" in text or "\t" in text:
        text = _WIDE_GAP.sub(lambda gap: f"{gap[0][0]} | ", text.strip())
    if _ANY_GLUED_ROLE.search(text):
        text = _GLUED_ROLE.sub(" | ", text)
    if _NAMES_END_HINT.search(text):
        text = _NAMES_END.split(text, maxsplit=1)[0]
    text = _BOILERPLATE.sub(" | ", text)
    text = " ".join(text.split()).strip(" |•·,-–—:")
    if not text or (lenient and _sentence(text)):
        return ()
    return tuple(dict.fromkeys(_names(_SPLIT.split(text), lenient)))
