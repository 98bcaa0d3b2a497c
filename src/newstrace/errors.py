"""The one exception tree of newstrace.

    NewstraceError               anything newstrace raises on purpose
    ├── UsageError               the caller asked for something impossible (CLI exit 2)
    ├── InputError               one input cannot be used; becomes a Problem on its record
    │   ├── ReadError            the file or stream could not be read
    │   ├── DecodeError          the bytes are not text in any encoding we can tell
    │   ├── EmptyInput           the input holds no text at all
    │   └── UnsupportedInput     the input is of a kind no reader handles
    ├── PipelineError            steps in an order that cannot work (checked before data moves)
    └── StoreError               the corpus database cannot be opened or used as asked

Each `InputError` carries a short stable `code` that goes into `Problem.code`,
so users can count and filter problems without parsing messages.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "EmptyInput",
    "InputError",
    "NewstraceError",
    "PipelineError",
    "ReadError",
    "StoreError",
    "UnsupportedInput",
    "UsageError",
]


class NewstraceError(Exception):
    """Base class of every error newstrace raises on purpose."""


class UsageError(NewstraceError):
    """The caller asked for something that cannot be done; nothing was processed."""


class PipelineError(NewstraceError):
    """The steps of a pipeline do not fit together (a step needs what none adds)."""


class StoreError(NewstraceError):
    """The corpus database is missing, not ours, or newer than this newstrace."""


class InputError(NewstraceError):
    """One input cannot be used. The batch goes on; the input gets a Problem."""

    code = "bad-input"

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class ReadError(InputError):
    code = "unreadable"


class DecodeError(InputError):
    code = "undecodable"


class EmptyInput(InputError):
    code = "empty"


class UnsupportedInput(InputError):
    code = "unsupported"
