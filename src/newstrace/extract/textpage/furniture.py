"""Stock phrases of page furniture: "Share", "Advertisement", "Read more".

A short line that is nothing but such a phrase is furniture in any layout;
the phrase also names why it is removed. The list is hand-written, kept to
words that name the furniture itself, in the languages news is most written
in. Lines longer than a menu entry are never looked up: the same words inside
a sentence are article text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import compress, repeat
from operator import ge
from typing import Final, cast

from newstrace.extract.textpage.lines import PageLines

__all__ = [
    "COPYRIGHT_MARKS",
    "FURNITURE",
    "copyright_lines",
    "furniture_reason",
    "lines_with",
    "marked_lines",
    "phrase_reasons",
]

# Stock phrases of page furniture, as a whole short line (lower case, outer
# punctuation stripped), with the removal reason they suggest. Kept to words
# that name the furniture itself, in the languages news is most written in.
# One paragraph per reason: "reason: phrase | phrase | ...".
_PHRASES: Final = """
cookie: cookies | cookie settings | accept | accept all | accept cookies | reject all |
    manage cookies | manage preferences | consent | privacy settings | got it

footer: cookie policy | privacy policy | privacy | terms of use | terms of service | terms |
    terms and conditions | contact | contact us | about | about us | careers | sitemap |
    site map | accessibility | imprint | impressum | legal | disclaimer |
    all rights reserved | do not sell my personal information | back to top | top

share: share | share this | share this article | share this story | share on facebook |
    share on twitter | shares | tweet | facebook | twitter | x | linkedin | whatsapp |
    pinterest | reddit | email | e-mail | print | copy link | copy | instagram | youtube |
    telegram | tiktok | rss | flipboard | follow us | follow | compartir | partager |
    teilen | condividi | compartilhe | compartilhar

subscribe: subscribe | subscribe now | newsletter | newsletters | sign up | sign in |
    log in | login | log out | logout | register | my account | account |
    subscribe to our newsletter | sign up for our newsletter | sign up for our newsletters |
    sign up to our newsletter | newsletter sign up | newsletter signup |
    get our newsletter | subscribe for free | get the newsletter | join | join now |
    free trial | suscríbete | abonnieren | s'abonner | assine | iscriviti

advert: advertisement | advertising | advertise | sponsored | sponsored content | ad | ads |
    promoted | anzeige | publicidad | publicidade | publicité | pubblicità | werbung |
    story continues below advertisement | continue reading below

comments: comments | comment | leave a comment | leave a reply | reply | replies |
    post a comment | add comment | view comments | show comments | load more comments |
    comentarios | commentaires | kommentare | commenti | comentários

navigation: home | menu | search | skip to content | skip to main content |
    skip to navigation | main menu | navigation | close | open menu | toggle navigation |
    more | next | previous | prev | next article | previous article | next post |
    previous post | older posts | newer posts | sections | inicio | accueil | startseite |
    início | buscar | rechercher | suche | cerca | pesquisar

related: related | related articles | related stories | related posts | related content |
    read more | read next | more stories | more news | you may also like |
    you might also like | recommended | recommended for you | most popular | most read |
    popular | trending | trending now | latest | latest news | top stories | see also |
    also read | don't miss | more from | editor's picks | leer más | lire aussi |
    mehr zum thema | leia mais | leggi anche

tags: tags | tagged | topics | filed under | categories | category
"""


def _lexicon(table: str) -> dict[str, str]:
    lexicon: dict[str, str] = {}
    for paragraph in table.strip().split("\n\n"):
        reason, _, phrases = paragraph.partition(":")
        lexicon |= dict.fromkeys((p.strip() for p in phrases.split("|")), reason.strip())
    return lexicon


FURNITURE: Final = _lexicon(_PHRASES)
_STRIP: Final = " \t:;,.!?|•·-–—»«>›()[]\"'“”‘’"
# Lines up to this long are looked up as a whole phrase.
PHRASE_LENGTH: Final = 40
# Lines up to this long that carry a copyright sign or word are footer.
COPYRIGHT_LENGTH: Final = 100
COPYRIGHT_MARKS: Final = ("©", "opyright")


def furniture_reason(text: str) -> str | None:
    """The reason the furniture phrase `text` suggests, or None.

    Only short lines are looked at: the same words inside a sentence of a
    paragraph are article text.
    """
    length = len(text)
    if length <= PHRASE_LENGTH:
        reason = FURNITURE.get(text.lower().strip(_STRIP))
        if reason:
            return reason
    if length <= COPYRIGHT_LENGTH and any(mark in text for mark in COPYRIGHT_MARKS):
        return "footer"
    return None


def phrase_reasons(texts: list[str], lengths: list[int]) -> dict[int, str]:
    """The reason of each line that is a stock phrase, by line index."""
    short = list(compress(range(len(lengths)), map(ge, repeat(PHRASE_LENGTH), lengths)))
    if not short:
        return {}
    # Stripped before lowered (no letter lowers to a stripped character): most
    # lines are ASCII, which lower() takes a fast path for, one line at a time.
    keys = map(str.lower, map(str.strip, map(texts.__getitem__, short), repeat(_STRIP)))
    reasons = list(map(FURNITURE.get, keys))
    found = compress(zip(short, reasons, strict=True), reasons)
    # `compress` keeps only the pairs whose reason is a string.
    return dict(cast("Iterator[tuple[int, str]]", found))


def lines_with(texts: list[str], indices: list[int], marks: tuple[str, ...]) -> list[int]:
    """Those of `indices` whose line contains one of `marks`, in order.

    Searching the lines joined is cheaper than testing each: marks are rare.
    """
    if not indices:
        return []
    joined = "\n".join([texts[i] for i in indices])
    found: set[int] = set()
    for mark in marks:
        at = joined.find(mark)
        while at >= 0:
            found.add(joined.count("\n", 0, at))
            end = joined.find("\n", at)
            at = joined.find(mark, end) if end >= 0 else -1
    return [indices[k] for k in sorted(found)]


def marked_lines(lines: PageLines, begin: int, end: int, marks: tuple[str, ...]) -> list[int]:
    """The indices of lines ``begin..end-1`` that contain one of `marks`, in order.

    The marks are searched for in the page itself, over the stretch those lines
    cover (no joining of their texts): a mark holds no white space, no line break
    and no bullet, so each one found lies in a line's text.
    """
    page, starts, texts = lines.page, lines.starts, lines.texts
    stop = starts[end - 1] + len(texts[end - 1])
    found: set[int] = set()
    for mark in marks:
        at = page.find(mark, starts[begin], stop)
        while at >= 0:
            index = bisect_right(starts, at, begin, end) - 1
            found.add(index)
            at = page.find(mark, starts[index] + len(texts[index]), stop)
    return sorted(found)


def copyright_lines(texts: list[str], indices: list[int]) -> list[int]:
    """Those of `indices` whose line is a short copyright notice."""
    return [
        i for i in lines_with(texts, indices, COPYRIGHT_MARKS) if len(texts[i]) <= COPYRIGHT_LENGTH
    ]
