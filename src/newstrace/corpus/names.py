"""Forgiving person-name matching: "Lavrov", "sergei lavrov" and "Sergey Lavrov" agree.

A name becomes a key of tokens: accents dropped, case folded, punctuation
gone, and the common variants of romanising one name (Sergei/Sergey,
Dmitry/Dmitriy, Aleksandr/Alexander, Yevgeny/Evgeny) folded together. A query
matches a stored name when its last token is the name's surname and each other
token matches another token of the name, an initial matching any token that
starts with it.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key", "name_matches", "name_tokens", "surname_key"]

_NOT_LETTER = re.compile(r"[^\w\s]|_|\d")
# Spelling variants of romanised names, applied in order to each token.
_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^ye"), "e"),
    (re.compile(r"^jo"), "yo"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"ander$"), "andr"),
    (re.compile(r"ij$|iy$|yy$|ii$"), "i"),
    (re.compile(r"ey$|ej$"), "ei"),
    (re.compile(r"(?<=[^aeiou])y$"), "i"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[aeiou])j(?=[aeiou])"), "y"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"(.)\1"), r"\1"),
)


def _fold(token: str) -> str:
    for pattern, replacement in _VARIANTS:
        token = pattern.sub(replacement, token)
    return token


def name_tokens(name: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("'", "").replace("’", "")
    return [_fold(token) for token in _NOT_LETTER.sub(" ", plain).split()]


def name_key(name: str) -> str:
    """The folded tokens of `name`, space-separated ("Sergey Lavrov" -> "sergei lavrov")."""
    return " ".join(name_tokens(name))


def surname_key(name: str) -> str:
    """The folded last token of `name`, or "" for a name with no letters."""
    tokens = name_tokens(name)
    return tokens[-1] if tokens else ""


def name_matches(query: str, stored_key: str) -> bool:
    """Whether the name `query` asks for can be the name whose key is `stored_key`."""
    wanted = name_tokens(query)
    have = stored_key.split()
    if not wanted or not have or wanted[-1] != have[-1]:
        return False
    rest = have[:-1]
    if not rest:  # only the surname is known: any first names may fit
        return True
    for token in wanted[:-1]:
        for i, candidate in enumerate(rest):
            if candidate == token or (len(token) == 1 and candidate.startswith(token)):
                del rest[i]
                break
        else:
            return False
    return True
